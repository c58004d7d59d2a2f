#!/usr/bin/env bash
# Keeps README command 1 honest. Runs it exactly as README.md writes it, waits until the sample answers on
# 127.0.0.1:8080, runs the README's first curl and compares the answer with the output the README shows, then stops
# the server and every process the command started: on success, on failure and on interruption.
#
#   bash .ci/readme-command-check.sh        (README_CHECK_TIMEOUT=<seconds> to change the 900 s start-up limit)
set -euo pipefail
cd "$(dirname "$0")/.."

readme=README.md
base="http://127.0.0.1:8080"
timeout="${README_CHECK_TIMEOUT:-900}"
server_home="$PWD/sample-war/target/run/"
log="$(mktemp "${TMPDIR:-/tmp}/readme-command.XXXXXX")"
leader=""

fail() {
  echo "README check: $*" >&2
  exit 1
}

# Command 1: the line after "# 1. ..." in the README's first bash block.
command_1="$(awk '/^```bash$/ { block++ } block == 1 && found { print; exit } block == 1 && /^# 1\. / { found = 1 }' "$readme")"
# The first curl, and the first json block after it (the output the README promises).
first_curl="$(grep -m1 '^curl ' "$readme" || true)"
promised="$(awk -v curl="$first_curl" '$0 == curl { seen = 1; next }
  seen && /^```json$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$readme")"
[ -n "$command_1" ] || fail "no command after '# 1.' in the first bash block of $readme"
[ -n "$first_curl" ] || fail "no line starting with 'curl ' in $readme"
[ -n "$promised" ] || fail "no json block after the first curl in $readme"
echo "README command 1: $command_1"
echo "README first curl: $first_curl"

# Our own processes only: the command's process group, and anything running from its server directory.
leftovers() {
  pgrep -f -- "$server_home" || true
}

stop() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$leader" ]; then
    echo "Stopping README command 1 (process group $leader)"
    kill -TERM -- "-$leader" 2>/dev/null || true
    for _ in $(seq 1 60); do
      if ! kill -0 -- "-$leader" 2>/dev/null && [ -z "$(leftovers)" ]; then break; fi
      sleep 1
    done
    kill -KILL -- "-$leader" 2>/dev/null || true
  fi
  local pids
  pids="$(leftovers)"
  if [ -n "$pids" ]; then
    echo "Killing processes left behind: $pids" >&2
    kill -KILL $pids 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    echo "== last lines of README command 1's output" >&2
    tail -n 80 "$log" >&2 || true
  fi
  rm -f "$log"
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if curl -s -o /dev/null --max-time 2 "$base/"; then
  fail "something already listens on $base; stop it first"
fi

# A new session, so that the whole tree (Maven, standalone.sh, the server JVM) can be stopped as one group; no stdin.
setsid bash -c "$command_1" </dev/null >"$log" 2>&1 &
leader=$!

echo "Waiting up to $timeout s for $base/sample/api/catalog"
deadline=$((SECONDS + timeout))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/sample/api/catalog" || true)" = 200 ]; do
  kill -0 "$leader" 2>/dev/null || fail "README command 1 ended before the sample answered"
  [ "$SECONDS" -lt "$deadline" ] || fail "the sample did not answer within $timeout s"
  sleep 2
done
echo "The sample answers after $SECONDS s"

answer="$(bash -c "$first_curl")"
echo "Answer: $answer"

# The answer must have the shape the README shows: a v1 UUID and a UTC time, then the same event type, source and
# receivers with the same outcomes (ids, times and counters vary between runs).
grep -Eq '^\{"id":"[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}","time":"[0-9-]{10}T[0-9:.]+\+00:00",' \
  <<<"$answer" || fail "the answer does not start with an event id and a UTC time"
expected_head="$(grep -o '"event_type":"[^"]*","source":"[^"]*","sent":true' <<<"$promised" || true)"
[ -n "$expected_head" ] || fail "the README's output shows no event_type, source and sent"
grep -qF -- "$expected_head" <<<"$answer" || fail "the answer does not contain $expected_head"
receivers="$(grep -o '"name":"[^"]*","outcome":"[^"]*"' <<<"$promised" || true)"
[ -n "$receivers" ] || fail "the README's output shows no receivers"
[ "$(grep -o '"name":"' <<<"$answer" | wc -l)" -eq "$(wc -l <<<"$receivers")" ] \
  || fail "the answer has another number of receivers than the README shows"
while IFS= read -r receiver; do
  grep -qF -- "$receiver" <<<"$answer" || fail "the answer does not contain $receiver"
done <<<"$receivers"
echo "README command 1 and its first curl work as documented"

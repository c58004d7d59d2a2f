#!/bin/sh
# Stops a Payara Server domain by its pid file, without asadmin: for a domain left running by a test JVM that died
# before Arquillian's stop-domain (or its shutdown hook) ran. Does nothing when the domain is not running.
#
# Usage: stop-domain.sh <payara6 directory> [domain, default domain1]
#
# The process is only signalled if its command line names this Payara directory (a stale pid file may name a pid
# that now belongs to another process). SIGTERM first (Payara shuts down cleanly), SIGKILL after 30 s.
set -eu

home=${1:?usage: stop-domain.sh <payara6 directory> [domain]}
domain=${2:-domain1}
[ -d "$home" ] || exit 0
home=$(cd "$home" && pwd -P)
pidfile=$home/glassfish/domains/$domain/config/pid
[ -f "$pidfile" ] || exit 0
pid=$(tr -dc '0-9' <"$pidfile")
[ -n "$pid" ] || exit 0

ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -F -- "$home/"; }

if ! ours "$pid"; then
  echo "stop-domain: no running domain of $home (stale pid file, pid $pid)"
  rm -f "$pidfile"
  exit 0
fi
echo "stop-domain: stopping the domain left running in $home (pid $pid)"
kill -TERM "$pid" 2>/dev/null || true
i=0
while ours "$pid" && [ "$i" -lt 30 ]; do
  sleep 1
  i=$((i + 1))
done
if ours "$pid"; then
  echo "stop-domain: pid $pid did not stop in 30 s: SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
  sleep 1
fi
rm -f "$pidfile"
! ours "$pid" || { echo "stop-domain: pid $pid still running" >&2; exit 1; }

#!/bin/sh
# Before a build uses the Payara Server in <server directory> (target/server): if an earlier run died and left its
# domain running, or left applications registered in the domain (a test JVM killed between a deployment and its
# undeployment), the domain is stopped by its pid file (stop-domain.sh) and the whole server directory removed, so
# that the build unpacks a fresh server. Does nothing for a server that a run left clean, or when there is none.
#
# Usage: reset-if-stale.sh <server directory> [domain, default domain1]
set -eu

dir=${1:?usage: reset-if-stale.sh <server directory> [domain]}
domain=${2:-domain1}
home=$dir/payara6
[ -d "$home" ] || exit 0

here=$(dirname "$0")
xml=$home/glassfish/domains/$domain/config/domain.xml
pidfile=$home/glassfish/domains/$domain/config/pid
reason=""
if [ -f "$pidfile" ]; then
  reason="a domain was left running"
  sh "$here/stop-domain.sh" "$home" "$domain"
fi
if [ -f "$xml" ] && grep -q '<application ' "$xml"; then
  reason="${reason:+$reason; }applications of an earlier run are still registered"
fi
if [ -n "$reason" ]; then
  echo "reset-if-stale: $reason: removing $dir for a fresh server"
  rm -rf "$dir"
fi

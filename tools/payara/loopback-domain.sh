#!/bin/sh
# Prepares the domain of a freshly unpacked Payara Server 6 (fish.payara.distributions:payara) for tests on this
# machine only: every listener on 127.0.0.1 and moved by a port offset (so that it never meets a WildFly on 8080/9990
# or a stock Payara on 4848), nothing that talks to other hosts, and nothing more than the tests need.
#
# Usage: loopback-domain.sh <payara6 directory> [port offset, default 20000] [domain, default domain1]
#
# With the default offset: HTTP 28080 and admin 24848 on 127.0.0.1 (the only ports a test uses), IIOP 23700
# (opened at start, 127.0.0.1), and off or disabled: HTTPS 28181, JMX 28686, JMS 27676, debug 29009 (only with
# start-domain --debug), OSGi telnet 26666. The edits, all in the server's own configuration (server-config):
#   - phone home off (Payara Server contacts its vendor at every start otherwise; the setting is only read here,
#     a domain-level element is ignored), plus an HTTP(S) proxy on a closed loopback port as a safety net for any
#     other outbound HTTP call of the server;
#   - Hazelcast off (a data grid on 4900/5900 that joins other members), the JMS broker off (it binds 0.0.0.0:7676);
#   - ;AUTO_SERVER=TRUE removed from the H2 pools (H2 would open a TCP server on a random port on every interface);
#   - listeners bound to 127.0.0.1 and moved; HTTPS and JMX disabled; IPv4 sockets; 768 MB of heap.
# It must run before the first start-domain (the stock domain phones home and opens 0.0.0.0 ports on its first
# start). Payara rewrites domain.xml on every start (sorted attributes, comments dropped), so whether it ran is kept
# in a file beside domain.xml, not in it. Every edit must match exactly once, or the script fails and marks nothing.
set -eu

home=${1:?usage: loopback-domain.sh <payara6 directory> [port offset] [domain]}
offset=${2:-20000}
domain=${3:-domain1}
xml=$home/glassfish/domains/$domain/config/domain.xml
marker=$(dirname "$xml")/.loopback-configured

[ -f "$xml" ] || { echo "no domain configuration at $xml" >&2; exit 1; }
if [ -e "$marker" ]; then
  echo "loopback-domain: already configured: $xml"
  exit 0
fi

p() { echo $(($1 + offset)); }
http=$(p 8080); https=$(p 8181); admin=$(p 4848); iiop=$(p 3700); iiop_ssl=$(p 3820); iiop_mutual=$(p 3920)
jmx=$(p 8686); jms=$(p 7676); debug=$(p 9009); telnet=$(p 6666)

tmp=$xml.loopback.tmp
# Edits limited to server-config (from its opening tag to the next </config>): default-config has look-alikes.
sed \
  -e '/<config name="server-config">/,/<\/config>/ {
s#<config name="server-config">#<config name="server-config">\
            <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>\
            <jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}" lazy-init="true" admin-user-name="admin" admin-password="admin"></jms-host></jms-service>#
s#<system-property name="JMS_PROVIDER_PORT" value="7676" #<system-property name="JMS_PROVIDER_PORT" value="'"$jms"'" #
s#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#
s#<network-listener port="8080" #<network-listener address="127.0.0.1" port="'"$http"'" #
s#<network-listener port="8181" #<network-listener address="127.0.0.1" enabled="false" port="'"$https"'" #
s#<network-listener port="4848" #<network-listener address="127.0.0.1" port="'"$admin"'" #
s#address="0.0.0.0" port="3700"#address="127.0.0.1" port="'"$iiop"'"#
s#address="0.0.0.0" port="3820"#address="127.0.0.1" port="'"$iiop_ssl"'"#
s#address="0.0.0.0" port="3920"#address="127.0.0.1" port="'"$iiop_mutual"'"#
s#security-enabled="false" address="0.0.0.0" port="8686" name="system"#security-enabled="false" address="127.0.0.1" port="'"$jmx"'" enabled="false" name="system"#
s#suspend=n,address=9009"#suspend=n,address=127.0.0.1:'"$debug"'"#
s#<jvm-options>-Dosgi.shell.telnet.port=6666</jvm-options>#<jvm-options>-Dosgi.shell.telnet.port='"$telnet"'</jvm-options>#
s#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx768m</jvm-options>\
                <jvm-options>-Djava.net.preferIPv4Stack=true</jvm-options>\
                <jvm-options>-Dhttp.proxyHost=127.0.0.1</jvm-options>\
                <jvm-options>-Dhttp.proxyPort=9</jvm-options>\
                <jvm-options>-Dhttps.proxyHost=127.0.0.1</jvm-options>\
                <jvm-options>-Dhttps.proxyPort=9</jvm-options>#
}' \
  -e 's#;AUTO_SERVER=TRUE"#"#' \
  "$xml" >"$tmp"

fail() { echo "loopback-domain: $*" >&2; rm -f "$tmp"; exit 1; }
# Counted in server-config only (default-config, the template of other instances, has its own look-alikes).
server_config=$(sed -n '/<config name="server-config">/,/<\/config>/p' "$tmp")
for s in 'phone-home-runtime-configuration enabled="false"' 'jms-service type="DISABLED"' \
  "name=\"JMS_PROVIDER_PORT\" value=\"$jms\"" 'hazelcast-config-specific-configuration enabled="false"' \
  "address=\"127.0.0.1\" port=\"$http\"" "address=\"127.0.0.1\" enabled=\"false\" port=\"$https\"" \
  "address=\"127.0.0.1\" port=\"$admin\"" "address=\"127.0.0.1\" port=\"$iiop\"" \
  "address=\"127.0.0.1\" port=\"$iiop_ssl\"" "address=\"127.0.0.1\" port=\"$iiop_mutual\"" \
  "port=\"$jmx\" enabled=\"false\"" "address=127.0.0.1:$debug\"" "telnet.port=$telnet<" \
  '-Xmx768m' '-Dhttp.proxyPort=9' '-Dhttps.proxyPort=9'; do
  n=$(printf '%s\n' "$server_config" | grep -c -F -- "$s" || true)
  [ "$n" = 1 ] || fail "edit not applied exactly once ($n): $s"
done
! grep -q 'AUTO_SERVER' "$tmp" || fail "AUTO_SERVER left in $tmp"
# No literal stock port may be left in server-config's listeners.
! printf '%s\n' "$server_config" | grep -q 'address="0.0.0.0"' \
  || fail "a listener of server-config is still on 0.0.0.0"

mv "$tmp" "$xml"
touch "$marker"
echo "loopback-domain: configured $xml (HTTP 127.0.0.1:$http, admin 127.0.0.1:$admin)"

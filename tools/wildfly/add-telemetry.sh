#!/bin/sh
# Adds OpenTelemetry and MicroProfile Telemetry to the standalone.xml of an unpacked WildFly (39), offline, with the
# server's own jboss-cli (an embedded server in admin-only mode: no listener is opened). WildFly's standalone.xml
# lacks both subsystems (standalone-microprofile.xml has them, with many more). With them, every deployment gets a
# CDI OpenTelemetry bean, its JAX-RS requests are traced, and the SDK stays disabled unless the deployment's
# MicroProfile Config says otel.sdk.disabled=false; its otel.* properties then override the subsystem's settings.
#
# Usage: add-telemetry.sh <WildFly home>
#
# The server's default exporter endpoint is set to OTLP/gRPC on 127.0.0.1:4317 (the stock default names
# "localhost"), so nothing is ever sent off this machine unless a deployment asks for it. Runs once: a standalone.xml
# that already has the microprofile-telemetry subsystem is left as it is.
set -eu

home=${1:?usage: add-telemetry.sh <WildFly home>}
xml=$home/standalone/configuration/standalone.xml

[ -f "$xml" ] || { echo "no WildFly configuration at $xml" >&2; exit 1; }
if grep -q 'urn:wildfly:microprofile-telemetry:' "$xml"; then
  echo "add-telemetry: already configured: $xml"
  exit 0
fi

"$home/bin/jboss-cli.sh" --commands="embed-server --server-config=standalone.xml --std-out=discard,\
/extension=org.wildfly.extension.opentelemetry:add,\
/subsystem=opentelemetry:add(exporter-type=otlp,endpoint=http://127.0.0.1:4317),\
/extension=org.wildfly.extension.microprofile.telemetry:add,\
/subsystem=microprofile-telemetry:add,\
stop-embedded-server"

grep -q 'urn:wildfly:microprofile-telemetry:' "$xml" || { echo "add-telemetry: $xml was not changed" >&2; exit 1; }
echo "add-telemetry: OpenTelemetry and MicroProfile Telemetry added to $xml"

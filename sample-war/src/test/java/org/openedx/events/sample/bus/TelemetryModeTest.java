package org.openedx.events.sample.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The MicroProfile Telemetry settings the telemetry mode supplies. */
class TelemetryModeTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutAnEndpointTheModeIsOffAndLeavesTheSdkDisabled(String value) {
        TelemetryMode mode = new TelemetryMode(key -> value);

        assertThat(mode.isOn()).isFalse();
        assertThat(mode.getProperties()).isEmpty();
        assertThat(mode.getValue("otel.sdk.disabled")).isNull();
    }

    @Test
    void anEndpointEnablesTheSdkAndExportsOverHttpToIt() {
        TelemetryMode mode =
                new TelemetryMode(key -> TelemetryMode.SWITCH.equals(key) ? " http://127.0.0.1:4318 " : null);

        assertThat(mode.isOn()).isTrue();
        assertThat(mode.getProperties())
                .containsOnly(
                        entry("otel.sdk.disabled", "false"),
                        entry("otel.exporter.otlp.endpoint", "http://127.0.0.1:4318"),
                        entry("otel.exporter.otlp.protocol", "http/protobuf"),
                        entry("otel.service.name", "openedx-events-sample"),
                        entry("otel.bsp.schedule.delay", "1000"));
        assertThat(mode.getOrdinal()).isEqualTo(220);
        assertThat(mode.getName()).contains(TelemetryMode.SWITCH);
    }
}

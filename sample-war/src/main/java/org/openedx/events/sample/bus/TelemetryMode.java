package org.openedx.events.sample.bus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A MicroProfile ConfigSource that turns tracing on: when {@value #SWITCH} holds the URL of an OTLP/HTTP receiver
 * (an OpenTelemetry Collector, e.g. {@code http://127.0.0.1:4318}), it supplies the MicroProfile Telemetry settings
 * that enable this deployment's OpenTelemetry SDK and send its traces, metrics and logs there; otherwise it supplies
 * nothing and the SDK stays disabled, MicroProfile Telemetry's default.
 *
 * <p>It takes effect on a server with MicroProfile Telemetry (WildFly with the {@code opentelemetry} and
 * {@code microprofile-telemetry} subsystems, which {@code -Prun} and {@code -Pwildfly} add): the server reads every
 * {@code otel.*} property of the deployment's configuration when it makes the deployment's SDK. The WAR's
 * {@code openedx-events-opentelemetry} then records the events' spans and metrics with it, and the server traces the
 * Jakarta REST requests. The switch is read, in this order, from the system property {@value #SWITCH}, the
 * environment variable {@value #SWITCH_ENV} and the application's {@code META-INF/microprofile-config.properties}.
 * With it set, this source supplies:
 * <ul>
 *   <li>{@code otel.sdk.disabled}: {@code false};</li>
 *   <li>{@code otel.exporter.otlp.endpoint}: the URL, and {@code otel.exporter.otlp.protocol}:
 *       {@value #PROTOCOL} (the server's default is gRPC);</li>
 *   <li>{@code otel.service.name}: {@value #SERVICE_NAME} (the server's default is the archive's name);</li>
 *   <li>{@code otel.bsp.schedule.delay}: {@value #EXPORT_DELAY_MILLIS} ms, so that spans leave within a second
 *       instead of five.</li>
 * </ul>
 * Its ordinal, {@value #ORDINAL}, is above the application's properties file (100) and below the environment (300)
 * and system properties (400), so any of them can still be overridden there, for instance
 * {@code otel.traces.sampler}.
 */
public class TelemetryMode extends BusModeSource {

    /** The switch: an OTLP/HTTP endpoint, e.g. {@code http://127.0.0.1:4318}; empty or absent leaves tracing off. */
    public static final String SWITCH = "sample.telemetry";
    /** The switch as an environment variable. */
    public static final String SWITCH_ENV = "SAMPLE_TELEMETRY";
    /** The OTLP protocol the exporter uses. */
    public static final String PROTOCOL = "http/protobuf";
    /** The service name of the exported telemetry. */
    public static final String SERVICE_NAME = "openedx-events-sample";
    /** Milliseconds between two exports of finished spans. */
    public static final int EXPORT_DELAY_MILLIS = 1000;
    /** The ordinal of this source. */
    public static final int ORDINAL = 220;

    /** Reads the switch from the system properties, the environment and the application's properties file. */
    public TelemetryMode() {
        this(BusModes.switches(key -> SWITCH_ENV));
    }

    /**
     * Reads the switch with a lookup function.
     *
     * @param lookup returns the raw value of a key ({@value #SWITCH}), or null
     */
    TelemetryMode(Function<String, String> lookup) {
        super("sample telemetry mode (" + SWITCH + ")", ORDINAL, settings(lookup.apply(SWITCH)));
    }

    /**
     * The MicroProfile Telemetry settings for a value of the switch.
     *
     * @param endpoint the switch's value
     * @return the settings; empty when the value is null or blank
     */
    static Map<String, String> settings(String endpoint) {
        if (!BusModes.isSet(endpoint)) {
            return Map.of();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("otel.sdk.disabled", "false");
        settings.put("otel.exporter.otlp.endpoint", endpoint.trim());
        settings.put("otel.exporter.otlp.protocol", PROTOCOL);
        settings.put("otel.service.name", SERVICE_NAME);
        settings.put("otel.bsp.schedule.delay", Integer.toString(EXPORT_DELAY_MILLIS));
        return Map.copyOf(settings);
    }
}

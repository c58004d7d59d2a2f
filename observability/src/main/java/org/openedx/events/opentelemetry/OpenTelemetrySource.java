package org.openedx.events.opentelemetry;

import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Where the {@link OpenTelemetry} comes from, looked up on first use: the application's CDI bean when there is one
 * (MicroProfile Telemetry 2 provides it on WildFly and Payara), otherwise {@link GlobalOpenTelemetry} (the Java agent,
 * the SDK's autoconfiguration, or an application that set it).
 */
final class OpenTelemetrySource {

    private OpenTelemetrySource() {}

    static Supplier<OpenTelemetry> lookup() {
        return new Supplier<>() {
            private volatile OpenTelemetry found;

            @Override
            public OpenTelemetry get() {
                OpenTelemetry result = found;
                if (result == null) {
                    result = fromCdi();
                    if (result == null) {
                        result = GlobalOpenTelemetry.get();
                    }
                    found = result;
                }
                return result;
            }
        };
    }

    private static OpenTelemetry fromCdi() {
        try {
            Instance<OpenTelemetry> beans = CDI.current().select(OpenTelemetry.class);
            return beans.isResolvable() ? beans.get() : null;
        } catch (RuntimeException | LinkageError e) {
            return null; // no container here, or none that can tell
        }
    }
}

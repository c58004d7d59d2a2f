package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The module on a class path without the OpenTelemetry and MicroProfile Health APIs: the instrumentation loads, does
 * nothing and refers to no missing class; the health checks are not registered.
 */
class WithoutTheApisTest {

    @Test
    void withoutTheOpenTelemetryApiTheInstrumentationLoadsAndRecordsNothing() throws Exception {
        try (URLClassLoader loader = withoutApis()) {
            assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("org.eclipse.microprofile.health.HealthCheck", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> spi = Class.forName("org.openedx.events.instrumentation.EventsInstrumentation", true, loader);
            Object instrumentation = spi.getMethod("get").invoke(null);
            assertThat(instrumentation.getClass().getName()).isEqualTo(Observability.class.getName());
            assertThat(instrumentation.getClass().getMethod("tracing").invoke(instrumentation))
                    .isEqualTo(false);

            Class<?> sendInfo = Class.forName("org.openedx.events.instrumentation.SendInfo", true, loader);
            Object send = sendInfo.getConstructors()[0].newInstance("org.openedx.test.v1", "id", true, false);
            Object observation = spi.getMethod("startSend", sendInfo).invoke(instrumentation, send);
            Class<?> observationType = Class.forName("org.openedx.events.instrumentation.Observation", true, loader);
            assertThat(observation).isSameAs(observationType.getField("NONE").get(null));

            Class<?> busMessage = Class.forName("org.openedx.events.instrumentation.BusMessage", true, loader);
            Object message = busMessage
                    .getMethod("produced", String.class, String.class, String.class, String.class)
                    .invoke(null, "redis", "user-login", "org.openedx.test.v1", "id");
            Map<String, String> carrier = new java.util.LinkedHashMap<>();
            spi.getMethod("startBusWrite", busMessage, Map.class).invoke(instrumentation, message, carrier);
            assertThat(carrier).as("no trace context without OpenTelemetry").isEmpty();

            Object probe = spi.getMethod("consumerStarted", String.class, String.class, String.class, String.class)
                    .invoke(instrumentation, "redis", "user-login", "g1", "c1");
            assertThat(probe.getClass().getName())
                    .as("consumers are still registered for the health checks")
                    .isEqualTo(ConsumerState.class.getName());
            probe.getClass().getMethod("close").invoke(probe);
        }
    }

    @Test
    void withoutTheHealthApiTheExtensionRegistersNoCheck() throws Exception {
        try (URLClassLoader loader = withoutApis()) {
            Class<?> extension = Class.forName(HealthChecksExtension.class.getName(), true, loader);
            Method present = extension.getDeclaredMethod("healthApiPresent");
            present.setAccessible(true);
            assertThat(present.invoke(null)).isEqualTo(false);
        }
    }

    /** This test's class path without the OpenTelemetry and MicroProfile Health jars, isolated from this loader. */
    private static URLClassLoader withoutApis() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("opentelemetry-") || name.startsWith("microprofile-health-api")) {
                continue;
            }
            urls.add(new File(entry).toURI().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}

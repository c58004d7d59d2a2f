package org.openedx.events.wire.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link CloudEventsJson} on a class path without JSON-B or JSON-P (a class loader over this test's class path with
 * some jars left out, apart from the test's own classes): {@code OXE6104} naming what is missing and the Maven
 * coordinates to add, never a bare {@code NoClassDefFoundError}.
 */
class MissingJsonBindingTest {

    private static final String CLOUD_EVENTS_JSON = CloudEventsJson.class.getName();
    private static final String OPEN_EDX_EVENT_EXCEPTION = "org.openedx.events.OpenEdxEventException";
    private static final String ADD = "Add an implementation such as org.eclipse:yasson:3.0.4, which brings "
            + "jakarta.json.bind:jakarta.json.bind-api, jakarta.json:jakarta.json-api and its implementation "
            + "org.eclipse.parsson:parsson (a Jakarta EE server has them all)";

    @Test
    void withoutTheJsonBindingImplementation() throws Exception {
        Throwable failure = construct("yasson-");

        assertThat(failure.getClass().getName()).isEqualTo(OPEN_EDX_EVENT_EXCEPTION);
        assertThat(failure)
                .hasMessage("OXE6104: CloudEvents JSON needs Jakarta JSON Binding and JSON Processing, each an API "
                        + "and an implementation, but no JSON-B implementation was found (JSON Binding provider "
                        + "org.eclipse.yasson.JsonBindingProvider not found). " + ADD);
    }

    @Test
    void withoutEitherImplementation() throws Exception {
        Throwable failure = construct("yasson-", "parsson-");

        assertThat(failure.getClass().getName()).isEqualTo(OPEN_EDX_EVENT_EXCEPTION);
        assertThat(failure.getMessage())
                .startsWith("OXE6104: CloudEvents JSON needs Jakarta JSON Binding and JSON Processing, each an API "
                        + "and an implementation, but no JSON-P implementation was found (Provider "
                        + "org.eclipse.parsson.JsonProviderImpl not found), and no JSON-B implementation was found (")
                .endsWith(ADD);
    }

    @Test
    void withoutTheJsonBindingApi() throws Exception {
        Throwable failure = construct("yasson-", "jakarta.json.bind-api-");

        assertThat(failure.getClass().getName()).isEqualTo(OPEN_EDX_EVENT_EXCEPTION);
        assertThat(failure)
                .hasMessage("OXE6104: CloudEvents JSON needs Jakarta JSON Binding and JSON Processing, each an API "
                        + "and an implementation, but the JSON-B API (jakarta.json.bind:jakarta.json.bind-api) is "
                        + "not on the class path. " + ADD);
    }

    @Test
    void withoutAnyJsonJar() throws Exception {
        Throwable failure = construct("yasson-", "parsson-", "jakarta.json.bind-api-", "jakarta.json-api-");

        assertThat(failure.getClass().getName()).isEqualTo(OPEN_EDX_EVENT_EXCEPTION);
        assertThat(failure.getMessage())
                .contains("but the JSON-B API (jakarta.json.bind:jakarta.json.bind-api) and the JSON-P API "
                        + "(jakarta.json:jakarta.json-api) are not on the class path. ");
    }

    @Test
    void withEverythingItWorksSoTheChecksAboveCanFail() throws Exception {
        assertThat(construct()).isNull();
    }

    /**
     * Creates a {@link CloudEventsJson} in a class loader without the jars whose names start with the prefixes.
     *
     * @return what the constructor threw, or null
     */
    private static Throwable construct(String... leftOut) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath(leftOut), ClassLoader.getPlatformClassLoader())) {
            // JSON-B and JSON-P look their providers up through the context class loader
            thread.setContextClassLoader(loader);
            Class<?> type = loader.loadClass(CLOUD_EVENTS_JSON);
            assertThat(type.getClassLoader()).isSameAs(loader);
            Object instance = type.getConstructor().newInstance();
            ((AutoCloseable) instance).close();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL[] classPath(String... leftOut) throws MalformedURLException {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : full.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.isBlank() || name.equals("test-classes") || startsWithAny(name, leftOut)) {
                continue;
            }
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    private static boolean startsWithAny(String name, String... prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

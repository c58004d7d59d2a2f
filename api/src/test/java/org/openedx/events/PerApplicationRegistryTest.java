package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.learning.data.UserData;
import org.openedx.events.spi.SignalCatalog;

/**
 * Two applications sharing one api jar (as on a server with the api in a shared module): each sees the built-in
 * catalog and its own {@link SignalCatalog} services, found through its thread context class loader, and never the
 * other's.
 */
class PerApplicationRegistryTest {

    static final OpenEdxPublicSignal<UserData> FIRST =
            OpenEdxPublicSignal.of("com.example.first.user.merged.v1", "user", UserData.class);
    static final OpenEdxPublicSignal<UserData> SECOND =
            OpenEdxPublicSignal.of("com.example.second.user.merged.v1", "user", UserData.class);

    /** The catalog of the first application. */
    public static class FirstApplicationCatalog implements SignalCatalog {
        @Override
        public List<OpenEdxPublicSignal<?>> signals() {
            return List.of(FIRST);
        }
    }

    /** The catalog of the second application. */
    public static class SecondApplicationCatalog implements SignalCatalog {
        @Override
        public List<OpenEdxPublicSignal<?>> signals() {
            return List.of(SECOND);
        }
    }

    @Test
    void eachApplicationSeesItsOwnCatalogsAndNoOther(@TempDir Path temp) throws Exception {
        try (URLClassLoader first = application(temp.resolve("first"), FirstApplicationCatalog.class);
                URLClassLoader second = application(temp.resolve("second"), SecondApplicationCatalog.class)) {

            assertThat(signalsOf(first)).contains(FIRST).doesNotContain(SECOND);
            assertThat(signalsOf(second)).contains(SECOND).doesNotContain(FIRST);
            assertThat(as(first, () -> OpenEdxPublicSignal.findSignalByType(SECOND.eventType())))
                    .isEmpty();
            assertThat(as(second, () -> OpenEdxPublicSignal.getSignalByType(SECOND.eventType())))
                    .isSameAs(SECOND);
            // Back and forth: the cache of the last lookup never answers for another application.
            assertThat(signalsOf(first)).contains(FIRST).doesNotContain(SECOND);
        }
        assertThat(OpenEdxPublicSignal.allEvents()).doesNotContain(FIRST, SECOND);
    }

    @Test
    void everyApplicationSeesTheBuiltInCatalogFirst(@TempDir Path temp) throws Exception {
        try (URLClassLoader first = application(temp, FirstApplicationCatalog.class)) {
            assertThat(signalsOf(first).subList(0, 75)).isEqualTo(BuiltInCatalog.signals());
        }
    }

    /** A class loader standing for one application: it adds a service file naming its catalog. */
    private static URLClassLoader application(Path root, Class<? extends SignalCatalog> catalog) throws IOException {
        Path services = root.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(SignalCatalog.class.getName()), catalog.getName() + "\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, PerApplicationRegistryTest.class.getClassLoader());
    }

    private static List<OpenEdxPublicSignal<?>> signalsOf(ClassLoader application) throws Exception {
        return as(application, OpenEdxPublicSignal::allEvents);
    }

    private static <V> V as(ClassLoader application, Callable<V> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

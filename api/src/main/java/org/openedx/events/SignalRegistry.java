package org.openedx.events;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import org.openedx.events.spi.SignalCatalog;

/**
 * The registry behind {@link OpenEdxPublicSignal#allEvents()}: the built-in catalog followed by the signals of
 * every {@link SignalCatalog} service, indexed by event type.
 *
 * <p>Loaded on first use by each application (thread context class loader). A failed load is not remembered: the
 * next call tries again and fails with the same clear message, instead of a {@code NoClassDefFoundError}.
 */
final class SignalRegistry {

    /**
     * The naming convention of ADR-0002 for new signals: reverse DNS (two or more parts), subdomain, subject (one or
     * more parts), action, then {@code v} and the major version.
     */
    static final Pattern EVENT_TYPE_CONVENTION =
            Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*){4,}\\.v[1-9][0-9]*");

    private static final String BUILT_IN = "the built-in Open edX catalog";

    /**
     * One registry per application class loader: on a server, the api jar may be shared by several applications
     * (a server module or library), each with its own {@link SignalCatalog} services. Values are soft so that the
     * registry (whose signals reference the application's classes) never keeps an undeployed application alive;
     * a collected one is rebuilt from the same catalogs.
     */
    private static final Map<ClassLoader, SoftReference<SignalRegistry>> BY_LOADER = new WeakHashMap<>();

    /** The last lookup, for the common case of one application calling many times. */
    private static volatile Cached last;

    private record Cached(WeakReference<ClassLoader> loader, SignalRegistry registry) {
    }

    private final List<OpenEdxPublicSignal<?>> all;
    private final Map<String, OpenEdxPublicSignal<?>> byType;

    private SignalRegistry(List<OpenEdxPublicSignal<?>> all, Map<String, OpenEdxPublicSignal<?>> byType) {
        this.all = Collections.unmodifiableList(all);
        this.byType = byType;
    }

    /** The registry of the calling application: the catalogs its thread context class loader sees. */
    static SignalRegistry get() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = OpenEdxPublicSignal.class.getClassLoader();
        }
        Cached cached = last;
        if (cached != null && cached.loader().get() == loader) {
            return cached.registry();
        }
        SignalRegistry registry;
        synchronized (BY_LOADER) {
            SoftReference<SignalRegistry> reference = BY_LOADER.get(loader);
            registry = reference == null ? null : reference.get();
            if (registry == null) {
                registry = build(BuiltInCatalog.signals(), loadCatalogs(loader));
                BY_LOADER.put(loader, new SoftReference<>(registry));
            }
        }
        last = new Cached(new WeakReference<>(loader), registry);
        return registry;
    }

    private static List<SignalCatalog> loadCatalogs(ClassLoader loader) {
        List<SignalCatalog> catalogs = new ArrayList<>();
        try {
            ServiceLoader.load(SignalCatalog.class, loader).forEach(catalogs::add);
        } catch (ServiceConfigurationError e) {
            throw new SignalDefinitionException("", OpenEdxError.SIGNAL_CATALOG_FAILED,
                    SignalCatalog.class.getName(), e.getMessage());
        }
        return catalogs;
    }

    /**
     * Builds a registry: built-in signals are trusted as upstream defines them (the two authz types lack the
     * version suffix upstream), catalog signals must follow the naming convention, and no type may repeat.
     */
    static SignalRegistry build(List<OpenEdxPublicSignal<?>> builtIns, List<? extends SignalCatalog> catalogs) {
        List<OpenEdxPublicSignal<?>> all = new ArrayList<>();
        Map<String, OpenEdxPublicSignal<?>> byType = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (OpenEdxPublicSignal<?> signal : builtIns) {
            add(signal, BUILT_IN, all, byType, origin);
        }
        for (SignalCatalog catalog : catalogs) {
            String source = catalog.getClass().getName();
            List<OpenEdxPublicSignal<?>> signals = catalog.signals();
            if (signals == null) {
                throw new SignalDefinitionException("", OpenEdxError.SIGNAL_CATALOG_FAILED, source,
                        "signals() returned null");
            }
            for (OpenEdxPublicSignal<?> signal : signals) {
                if (signal == null) {
                    throw new SignalDefinitionException("", OpenEdxError.SIGNAL_CATALOG_FAILED, source,
                            "signals() contains null");
                }
                if (!EVENT_TYPE_CONVENTION.matcher(signal.eventType()).matches()) {
                    throw new SignalDefinitionException(signal.eventType(), OpenEdxError.SIGNAL_BAD_TYPE,
                            signal.eventType());
                }
                add(signal, source, all, byType, origin);
            }
        }
        return new SignalRegistry(all, byType);
    }

    private static void add(OpenEdxPublicSignal<?> signal, String source, List<OpenEdxPublicSignal<?>> all,
            Map<String, OpenEdxPublicSignal<?>> byType, Map<String, String> origin) {
        String previous = origin.putIfAbsent(signal.eventType(), source);
        if (previous != null) {
            throw new SignalDefinitionException(signal.eventType(), OpenEdxError.SIGNAL_DUPLICATE_TYPE, previous, source);
        }
        byType.put(signal.eventType(), signal);
        all.add(signal);
    }

    List<OpenEdxPublicSignal<?>> all() {
        return all;
    }

    OpenEdxPublicSignal<?> byType(String eventType) {
        return eventType == null ? null : byType.get(eventType);
    }

    List<String> closest(String eventType, int limit) {
        String probe = eventType == null ? "" : eventType;
        return byType.keySet().stream()
                .sorted(Comparator.comparingInt((String known) -> editDistance(probe, known))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance, two rows. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

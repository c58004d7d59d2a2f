package org.openedx.events;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
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

    /** The longest string for which {@link #closest} suggests known types; longer ones are no typo. */
    static final int MAX_SUGGESTION_INPUT = 128;

    /**
     * One registry per application class loader: on a server, the api jar may be shared by several applications
     * (a server module or library), each with its own {@link SignalCatalog} services. Values are soft so that the
     * registry (whose signals reference the application's classes) never keeps an undeployed application alive;
     * a collected one is rebuilt from the same catalogs.
     */
    private static final Map<ClassLoader, SoftReference<SignalRegistry>> BY_LOADER = new WeakHashMap<>();

    /** The last lookup, for the common case of one application calling many times. */
    private static volatile Cached last;

    private record Cached(WeakReference<ClassLoader> loader, SignalRegistry registry) {}

    private final List<OpenEdxPublicSignal<?>> all;
    private final Map<String, OpenEdxPublicSignal<?>> byType;
    private final List<String> sortedTypes;

    private SignalRegistry(List<OpenEdxPublicSignal<?>> all, Map<String, OpenEdxPublicSignal<?>> byType) {
        this.all = Collections.unmodifiableList(all);
        this.byType = byType;
        this.sortedTypes = byType.keySet().stream().sorted().toList();
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
            throw new SignalDefinitionException(
                    "", OpenEdxError.SIGNAL_CATALOG_FAILED, SignalCatalog.class.getName(), e.getMessage());
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
                throw new SignalDefinitionException(
                        "", OpenEdxError.SIGNAL_CATALOG_FAILED, source, "signals() returned null");
            }
            for (OpenEdxPublicSignal<?> signal : signals) {
                if (signal == null) {
                    throw new SignalDefinitionException(
                            "", OpenEdxError.SIGNAL_CATALOG_FAILED, source, "signals() contains null");
                }
                if (!EVENT_TYPE_CONVENTION.matcher(signal.eventType()).matches()) {
                    throw new SignalDefinitionException(
                            signal.eventType(), OpenEdxError.SIGNAL_BAD_TYPE, signal.eventType());
                }
                add(signal, source, all, byType, origin);
            }
        }
        return new SignalRegistry(all, byType);
    }

    private static void add(
            OpenEdxPublicSignal<?> signal,
            String source,
            List<OpenEdxPublicSignal<?>> all,
            Map<String, OpenEdxPublicSignal<?>> byType,
            Map<String, String> origin) {
        String previous = origin.putIfAbsent(signal.eventType(), source);
        if (previous != null) {
            throw new SignalDefinitionException(
                    signal.eventType(), OpenEdxError.SIGNAL_DUPLICATE_TYPE, previous, source);
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

    /**
     * The known types closest to a string by edit distance, best first (ties in alphabetical order); none for a
     * string longer than {@link #MAX_SUGGESTION_INPUT}, which is no typo of a known type. Each distance is computed
     * once, and stops early once it cannot beat the current worst of the best, so that the worst input costs well
     * under a millisecond.
     */
    List<String> closest(String eventType, int limit) {
        if (eventType == null || eventType.length() > MAX_SUGGESTION_INPUT || limit <= 0) {
            return List.of();
        }
        String[] best = new String[limit];
        int[] distances = new int[limit];
        int found = 0;
        for (String known : sortedTypes) {
            int bound = found < limit ? Integer.MAX_VALUE : distances[found - 1] - 1;
            int distance = editDistance(eventType, known, bound);
            if (distance > bound) {
                continue;
            }
            int at = found < limit ? found++ : found - 1;
            while (at > 0 && distances[at - 1] > distance) {
                distances[at] = distances[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            distances[at] = distance;
            best[at] = known;
        }
        return List.of(best).subList(0, found);
    }

    /**
     * Levenshtein distance with two rows; once every entry of a row exceeds {@code bound} the result can only be
     * larger, so it returns {@code bound + 1} at once.
     */
    static int editDistance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            char ac = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ac == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package org.openedx.events.cdi;

import java.util.Map;
import java.util.function.Function;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.support.SettingValues;

/**
 * The library's settings, read once when the container starts.
 *
 * <p>Each key is looked up through {@link SettingSources}: MicroProfile Config, system properties, environment.
 *
 * @param serviceName the service in {@code openedx/{service}/web}: {@code EVENTS_SERVICE_NAME}, else
 *                    {@code SERVICE_VARIANT}, else {@code SERVICE_NAME_UNSET}
 * @param sourceHost the host name put in metadata: {@code openedx.events.source-host}, else the machine's
 * @param debug {@code openedx.events.debug}: when true every send is non-robust (upstream's Django {@code DEBUG})
 * @param beanValidation {@code openedx.events.bean-validation}: validate payloads with Bean Validation (default)
 */
record Settings(String serviceName, String sourceHost, boolean debug, boolean beanValidation) {

    /** Upstream's setting naming the service. */
    static final String EVENTS_SERVICE_NAME = "EVENTS_SERVICE_NAME";
    /** Upstream's fallback setting naming the service variant ({@code lms}, {@code cms}). */
    static final String SERVICE_VARIANT = "SERVICE_VARIANT";
    /** Forces non-robust sends. */
    static final String DEBUG = "openedx.events.debug";
    /** Turns Bean Validation of payloads on or off. */
    static final String BEAN_VALIDATION = "openedx.events.bean-validation";
    /** Overrides the host name in metadata. */
    static final String SOURCE_HOST = "openedx.events.source-host";
    /** The service name used when no setting names one. */
    static final String SERVICE_NAME_UNSET = "SERVICE_NAME_UNSET";

    /** {@return the {@code source} of metadata: {@code openedx/{service}/web}} */
    String source() {
        return "openedx/" + serviceName + "/web";
    }

    /**
     * Reads the settings from the usual sources.
     *
     * @return the settings
     */
    static Settings load() {
        return from(SettingSources.lookup());
    }

    /**
     * Reads the settings through a lookup function (for tests and custom sources).
     *
     * @param lookup returns a key's raw value, or null
     * @return the settings
     * @throws OpenEdxEventException if a boolean setting has another value than true or false
     */
    static Settings from(Function<String, String> lookup) {
        String service = firstNonBlank(lookup.apply(EVENTS_SERVICE_NAME), lookup.apply(SERVICE_VARIANT));
        String host = firstNonBlank(lookup.apply(SOURCE_HOST), null);
        return new Settings(
                service == null ? SERVICE_NAME_UNSET : service,
                host == null ? HostName.get() : host,
                bool(lookup, DEBUG, false),
                bool(lookup, BEAN_VALIDATION, true));
    }

    /**
     * Settings from a fixed map (tests).
     *
     * @param values the raw values
     * @return the settings
     */
    static Settings of(Map<String, String> values) {
        return from(values::get);
    }

    private static boolean bool(Function<String, String> lookup, String key, boolean fallback) {
        return SettingValues.bool(lookup, key, fallback);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}

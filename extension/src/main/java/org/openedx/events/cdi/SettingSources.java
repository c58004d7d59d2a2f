package org.openedx.events.cdi;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where every setting of this library and its event-bus modules comes from: MicroProfile Config when an
 * implementation is present, else the system properties, else the environment (first under the key itself, then
 * under its environment form: every character that is not a letter or digit replaced by {@code _}, upper case, e.g.
 * {@code OPENEDX_EVENTS_DEBUG}).
 */
public final class SettingSources {

    private SettingSources() {}

    /**
     * The default lookup, reading the sources above each time it is called.
     *
     * @return a function from a key to its raw value, or null
     */
    public static Function<String, String> lookup() {
        Function<String, String> config = microProfileConfig().orElse(null);
        return key -> {
            if (config != null) {
                String value = config.apply(key);
                if (value != null) {
                    return value;
                }
            }
            String value = System.getProperty(key);
            if (value != null) {
                return value;
            }
            value = System.getenv(key);
            return value != null ? value : System.getenv(environmentName(key));
        };
    }

    /**
     * The environment-variable form of a key, e.g. {@code OPENEDX_EVENTS_REDIS_MAX_ATTEMPTS}.
     *
     * @param key the key
     * @return the key with every non-alphanumeric character replaced by {@code _}, upper case
     */
    public static String environmentName(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString();
    }

    private static Optional<Function<String, String>> microProfileConfig() {
        try {
            Class.forName(
                    "org.eclipse.microprofile.config.ConfigProvider", false, SettingSources.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        try {
            var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            return Optional.of(key -> config.getOptionalValue(key, String.class).orElse(null));
        } catch (RuntimeException | LinkageError e) {
            // The API is there without an implementation: properties and environment only.
            return Optional.empty();
        }
    }
}

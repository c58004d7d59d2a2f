package org.openedx.events.support;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;

/**
 * Reads the typed value of one setting from a lookup (a function from a key to its raw text, or null), the same way
 * in every module: blank means unset, and a value that cannot be read fails with {@code OXE5001}, naming the setting,
 * what it held (cut, see {@link Echo}) and what is allowed. Not API (see the package description).
 */
public final class SettingValues {

    private SettingValues() {}

    /**
     * A text setting.
     *
     * @param lookup the settings
     * @param key the setting
     * @param fallback the value when unset
     * @return the trimmed text, or the fallback when unset or blank
     */
    public static String text(Function<String, String> lookup, String key, String fallback) {
        String raw = lookup.apply(key);
        return raw == null || raw.isBlank() ? fallback : raw.trim();
    }

    /**
     * A boolean setting: {@code true} or {@code false}, in any case.
     *
     * @param lookup the settings
     * @param key the setting
     * @param fallback the value when unset
     * @return the value
     * @throws OpenEdxEventException ({@code OXE5001}) for any other text
     */
    public static boolean bool(Function<String, String> lookup, String key, boolean fallback) {
        String raw = text(lookup, key, null);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, raw, "true, false");
        };
    }

    /**
     * A whole-number setting.
     *
     * @param lookup the settings
     * @param key the setting
     * @param fallback the value when unset
     * @param min the smallest value allowed
     * @return the value
     * @throws OpenEdxEventException ({@code OXE5001}) for text that is not a whole number of at least {@code min}
     */
    public static long wholeNumber(Function<String, String> lookup, String key, long fallback, long min) {
        String raw = text(lookup, key, null);
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, raw, "a whole number of at least " + min);
    }

    /**
     * A duration setting, written as a number of seconds (fractions allowed, as upstream's settings are).
     *
     * @param lookup the settings
     * @param key the setting
     * @param fallback the value when unset
     * @param allowZero whether 0 is allowed
     * @return the duration, to the millisecond
     * @throws OpenEdxEventException ({@code OXE5001}) for text that is not such a number
     */
    public static Duration seconds(Function<String, String> lookup, String key, Duration fallback, boolean allowZero) {
        String raw = text(lookup, key, null);
        if (raw == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(allowZero ? value >= 0 : value > 0) || value > 1e12) {
            throw invalid(key, raw, allowZero ? "a number of seconds, 0 or more" : "a number of seconds above 0");
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static OpenEdxEventException invalid(String key, String raw, String allowed) {
        return new OpenEdxEventException(OpenEdxError.SETTING_INVALID, key, Echo.of(raw), allowed);
    }
}

package org.openedx.events.keys;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plumbing shared by all key parsers: the one place that turns a rejection into an {@link InvalidKeyException},
 * plus the namespace split that every namespaced key starts with.
 *
 * <p>The parsers themselves are written as plain top-to-bottom code that calls {@link #reject(String)} (or a
 * {@link FieldSyntax} check) as soon as something is wrong. {@link #parse} and {@link #build} catch that
 * rejection and rethrow it as an {@code InvalidKeyException} naming the key type that was asked for, the
 * input and the expected form. That keeps the key type and expected form out of every helper's signature.
 */
final class KeySyntax {

    /** Separates the namespace from the rest of a key, e.g. the first ':' in {@code course-v1:edX+DemoX+1T2024}. */
    static final char NAMESPACE_SEPARATOR = ':';

    /** Which key type each known namespace belongs to; used to explain why a namespace is refused. */
    private static final Map<String, String> TYPE_OF_NAMESPACE = Map.ofEntries(
            Map.entry("course-v1", "CourseKey"),
            Map.entry("slashes", "CourseKey"),
            Map.entry("library-v1", "CourseKey"),
            Map.entry("ccx-v1", "CCXLocator"),
            Map.entry("block-v1", "UsageKey"),
            Map.entry("lib-block-v1", "UsageKey"),
            Map.entry("ccx-block-v1", "UsageKey"),
            Map.entry("location", "UsageKey"),
            Map.entry("i4x", "UsageKey"),
            Map.entry("lb", "LibraryUsageLocatorV2"),
            Map.entry("lib", "LibraryLocatorV2"),
            Map.entry("lib-collection", "LibraryCollectionLocator"),
            Map.entry("lct", "LibraryContainerLocator"));

    private KeySyntax() {}

    /**
     * Signals that the input is not a valid key; the message is the human-readable reason. It never leaves the
     * package: {@link #parse} and {@link #build} convert it into an {@link InvalidKeyException}.
     */
    static final class Rejection extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private Rejection(String reason) {
            // No cause, no suppression, no stack trace: this is a cheap, expected control-flow signal.
            super(reason, null, false, false);
        }
    }

    /** Creates the rejection for {@code reason}; callers write {@code throw reject("...")}. */
    static Rejection reject(String reason) {
        return new Rejection(reason);
    }

    /**
     * Runs {@code parser} on {@code input}, turning null or empty input and every rejection into an
     * {@link InvalidKeyException}.
     *
     * @param keyType simple name of the key type being parsed, e.g. {@code CourseKey}
     * @param expectedForm the accepted form(s), for the error message
     * @param input the string to parse, possibly {@code null}
     * @param parser the type's parser; it only sees non-empty input
     */
    static <K> K parse(String keyType, String expectedForm, String input, Function<String, K> parser) {
        if (input == null) {
            throw new InvalidKeyException(keyType, null, "the input is null", expectedForm);
        }
        if (input.isEmpty()) {
            throw new InvalidKeyException(keyType, input, "the input is empty", expectedForm);
        }
        try {
            return parser.apply(input);
        } catch (Rejection rejection) {
            throw new InvalidKeyException(keyType, input, rejection.getMessage(), expectedForm);
        }
    }

    /**
     * Runs a factory that builds a key from parts, turning a rejection into an {@link InvalidKeyException}.
     *
     * @param keyType simple name of the key type being built
     * @param expectedForm the accepted form, for the error message
     * @param attempted the key as it would be written, to show in the message
     * @param factory validates the parts and creates the key
     */
    static <K> K build(String keyType, String expectedForm, String attempted, Supplier<K> factory) {
        try {
            return factory.get();
        } catch (Rejection rejection) {
            throw new InvalidKeyException(keyType, attempted, rejection.getMessage(), expectedForm);
        }
    }

    /** A key split at its first ':' into namespace and the namespace-specific rest. */
    record Namespaced(String namespace, String rest) {}

    /**
     * Splits {@code input} at its first ':' (upstream {@code str.partition(':')}).
     *
     * @throws Rejection if there is no ':' at all
     */
    static Namespaced splitNamespace(String input) {
        int colon = input.indexOf(NAMESPACE_SEPARATOR);
        if (colon < 0) {
            throw reject("no namespace (text before ':')");
        }
        return new Namespaced(input.substring(0, colon), input.substring(colon + 1));
    }

    /**
     * Returns the rest of {@code input} after the namespace, which must be exactly {@code namespace}.
     *
     * @param keyType the type being parsed, named in the rejection
     */
    static String requireNamespace(String input, String namespace, String keyType) {
        Namespaced split = splitNamespace(input);
        if (!split.namespace().equals(namespace)) {
            throw wrongNamespace(split.namespace(), keyType, namespace);
        }
        return split.rest();
    }

    /**
     * Builds the rejection for a namespace that {@code keyType} does not accept, naming the type it belongs to
     * when it is a known one.
     *
     * @param accepted the namespaces {@code keyType} does accept, for the message
     */
    static Rejection wrongNamespace(String namespace, String keyType, String accepted) {
        String owner = TYPE_OF_NAMESPACE.get(namespace);
        if (owner == null) {
            return reject("unknown namespace '" + namespace + "' (accepted: " + accepted + ")");
        }
        return reject("namespace '" + namespace + "' belongs to " + owner + ", not " + keyType + " (accepted: "
                + accepted + ")");
    }

    /**
     * Splits the part after the namespace of a library key at every ':' (upstream {@code str.split(':')}),
     * requiring exactly {@code count} fields. Empty fields are kept, so that they can be reported by name.
     *
     * @param fieldNames names of the expected fields, for the message
     */
    static String[] splitFields(String rest, String... fieldNames) {
        String[] fields = rest.split(String.valueOf(NAMESPACE_SEPARATOR), -1);
        if (fields.length != fieldNames.length) {
            throw reject("expected " + fieldNames.length + " ':'-separated parts (" + String.join(", ", fieldNames)
                    + ") after the namespace, found " + fields.length);
        }
        return fields;
    }
}

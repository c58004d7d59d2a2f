package org.openedx.events.keys;

/**
 * An Open edX opaque key: an immutable identifier that is written as a single string, usually
 * {@code {namespace}:{namespace-specific part}}.
 *
 * <p>All implementations are value objects: two keys are equal when they have the same type and the same
 * parts, and {@link #toString()} gives the canonical string, which parses back to an equal key. Keys are
 * obtained with the {@code parse} method of each type (which throws {@link InvalidKeyException} for anything
 * else) or with the types' static factories.
 */
public sealed interface OpaqueKey permits CourseKey, UsageKey, LibraryLocatorV2, LibraryItemKey {

    /**
     * The canonical namespace of this key, such as {@code course-v1} or {@code lb}. Deprecated keys, which are
     * written without a namespace, report the namespace of their modern form.
     *
     * @return the namespace, never {@code null}
     */
    String namespace();

    /**
     * Whether this key uses a deprecated, namespace-less form such as {@code org/course/run} or
     * {@code i4x://...}.
     *
     * @return {@code true} for deprecated keys; {@code false} by default
     */
    default boolean isDeprecated() {
        return false;
    }

    /**
     * The canonical string form of this key, as stored and sent on the wire.
     *
     * @return the canonical string, which the type's {@code parse} method turns back into an equal key
     */
    @Override
    String toString();
}

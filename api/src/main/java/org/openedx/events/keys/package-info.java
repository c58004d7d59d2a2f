/**
 * Open edX opaque keys: the string identifiers of courses, blocks, content libraries and their parts, as
 * defined by the Python packages {@code edx-opaque-keys} and {@code edx-ccx-keys}.
 *
 * <h2>Types</h2>
 * <ul>
 *   <li>{@link org.openedx.events.keys.CourseKey}: {@code course-v1:edX+DemoX+2024_T1}, plus the legacy
 *       {@code library-v1:}, {@code slashes:} and {@code org/course/run} forms;</li>
 *   <li>{@link org.openedx.events.keys.CCXLocator}: {@code ccx-v1:edX+DemoX+2024_T1+ccx@3}, a
 *       {@code CourseKey};</li>
 *   <li>{@link org.openedx.events.keys.UsageKey}: {@code block-v1:edX+DemoX+2024_T1+type@problem+block@p1}, plus
 *       {@code ccx-block-v1:}, {@code lib-block-v1:}, {@code location:}, {@code lb:} and {@code i4x://};</li>
 *   <li>{@link org.openedx.events.keys.LibraryUsageLocatorV2}: {@code lb:MITx:lib1:problem:p1}, a
 *       {@code UsageKey};</li>
 *   <li>{@link org.openedx.events.keys.LibraryLocatorV2}: {@code lib:MITx:lib1};</li>
 *   <li>{@link org.openedx.events.keys.LibraryCollectionLocator}: {@code lib-collection:MITx:lib1:col1};</li>
 *   <li>{@link org.openedx.events.keys.LibraryContainerLocator}: {@code lct:MITx:lib1:unit:u1};</li>
 *   <li>{@link org.openedx.events.keys.LibraryItemKey}: what the library block, collection and container keys share
 *       (the library, its organization and slug).</li>
 * </ul>
 * All of them implement {@link org.openedx.events.keys.OpaqueKey}. They are immutable value objects whose
 * {@code toString()} is the canonical string, which parses back to an equal key.
 *
 * <h2>Parsing</h2>
 * Each type has a static {@code parse(String)} that accepts what the upstream {@code from_string} of the same
 * type accepts (checked against upstream's behaviour on a shared set of examples) and throws
 * {@link org.openedx.events.keys.InvalidKeyException} for everything else, including {@code null}. The message
 * (code {@code OXE3001}) names the key type, the input, the reason and the expected form. Most types also have
 * static {@code of(...)} factories that build a key from its parts and validate them the same way.
 *
 * <p>As upstream, {@code CourseKey.parse} returns a {@code CCXLocator} for {@code ccx-v1:} input and
 * {@code UsageKey.parse} a {@code LibraryUsageLocatorV2} for {@code lb:} input, and a few inputs are accepted
 * but normalized (for example a {@code type@...} part after a course is dropped); the class documentation lists
 * these cases.
 *
 * <p>Upstream's patterns are Python regular expressions. Their {@code \w} is Unicode-aware (any letter, any
 * number, or {@code _}), and this package uses the same character set, so keys with non-ASCII letters such as
 * {@code lib:EpsilonX:έψιλον} are accepted. Patterns always have to match the whole input.
 *
 * <h2>Deliberate differences from upstream</h2>
 * <ul>
 *   <li>The library key types ({@code lib:}, {@code lb:}, {@code lib-collection:}, {@code lct:}) are checked
 *       upstream with {@code $}-anchored expressions, and Python's {@code $} also matches just before a single
 *       trailing newline. Upstream therefore accepts, and writes back, for example {@code lib:org:slug\n}. That
 *       is an accident; here any trailing newline or whitespace is rejected.</li>
 *   <li>The aside usage keys ({@code aside-usage-v1:}, {@code aside-usage-v2:}) are not supported.</li>
 *   <li>The block type of a deprecated {@code i4x://} key must use the characters allowed in its block id;
 *       upstream does not check it at all.</li>
 * </ul>
 *
 * <h2>JSON-B</h2>
 * Every key type carries a {@code @JsonbTypeAdapter} with a nested {@code JsonbAdapter}, so a key property is
 * written as its canonical string, e.g. {@code {"course_key":"course-v1:edX+DemoX+2024_T1"}}, and read back
 * with {@code parse}; an invalid string makes deserialization fail with an {@code InvalidKeyException} in the
 * cause chain.
 */
package org.openedx.events.keys;

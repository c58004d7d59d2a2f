package org.openedx.events.keys;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of one XBlock in a course or library, or of anything upstream's {@code UsageKey.from_string} accepts.
 *
 * <p>{@link #parse(String)} accepts these forms:
 * <ul>
 *   <li>{@code block-v1:{course part}+type@{block_type}+block@{block_id}}, a block in a course (upstream
 *       {@code BlockUsageLocator}); the course part is that of a {@code course-v1:} {@link CourseKey}, e.g.
 *       {@code block-v1:edX+DemoX+2024+type@problem+block@p1};</li>
 *   <li>{@code ccx-block-v1:{ccx part}+type@{block_type}+block@{block_id}}, a block in a {@link CCXLocator};</li>
 *   <li>{@code lib-block-v1:{library part}+type@{block_type}+block@{block_id}}, a block in a legacy
 *       {@code library-v1:} library;</li>
 *   <li>{@code location:{org}+{course}+{run}+{block_type}+{block_id}}, a short-lived older syntax (upstream
 *       {@code DeprecatedLocation}), written back unchanged;</li>
 *   <li>{@code lb:{org}:{library_slug}:{block_type}:{usage_id}}, which gives a {@link LibraryUsageLocatorV2};</li>
 *   <li>the deprecated {@code i4x://{org}/{course}/{block_type}/{block_id}[@{revision}]}, which has no run and
 *       whose block id may contain {@code %}. It is written back unchanged and {@link #isDeprecated()} is
 *       {@code true}.</li>
 * </ul>
 * Block ids of the namespaced forms may contain Unicode letters and digits, {@code _ - ~ .} and {@code :}.
 *
 * <p>Upstream quirks that are kept: the course part is normalized as described for {@link CourseKey}; in
 * {@code block-v1:} and {@code ccx-block-v1:} keys the {@code type@} part may be missing, and the key is then
 * written with the block type {@value #MISSING_BLOCK_TYPE} (Python's {@code str(None)}), which is also what
 * {@link #blockType()} returns, so that the key equals its re-parsed canonical string.
 *
 * <p>Deliberate differences from upstream: the {@code aside-usage-v1:} and {@code aside-usage-v2:} forms are
 * not supported and are rejected; the block type of an {@code i4x://} key must use the same characters as its
 * block id (upstream accepts anything but {@code /}, even spaces); and no form accepts a trailing newline.
 *
 * <p>This class is only subclassed by {@link LibraryUsageLocatorV2}. Instances are immutable; equality covers
 * the namespace, the context key and the block type and id. In JSON-B a usage key travels as its canonical
 * string.
 */
@JsonbTypeAdapter(UsageKey.JsonbAdapter.class)
public sealed class UsageKey implements OpaqueKey permits LibraryUsageLocatorV2 {

    /**
     * The block type of a {@code block-v1:} or {@code ccx-block-v1:} key parsed without {@code type@}: upstream
     * keeps {@code None} and writes it as this text.
     */
    public static final String MISSING_BLOCK_TYPE = "None";

    static final String BLOCK_NAMESPACE = "block-v1";
    static final String CCX_BLOCK_NAMESPACE = "ccx-block-v1";
    static final String LIBRARY_BLOCK_NAMESPACE = "lib-block-v1";
    static final String LOCATION_NAMESPACE = "location";

    private static final String TYPE = "UsageKey";
    private static final String EXPECTED_FORM =
            "block-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}]+type@{block_type}+block@{block_id}"
                    + " (or the same with ccx-block-v1:/lib-block-v1:), lb:{org}:{library_slug}:{block_type}:"
                    + "{usage_id}, location:{org}+{course}+{run}+{block_type}+{block_id} or the deprecated "
                    + "i4x://{org}/{course}/{block_type}/{block_id}[@{revision}]";
    private static final String ACCEPTED_NAMESPACES = "block-v1, ccx-block-v1, lib-block-v1, location, lb, i4x";

    private static final String ID = FieldSyntax.ID.regex();
    /** Upstream's {@code DeprecatedLocation.URL_RE}. */
    private static final Pattern LOCATION = Pattern.compile("(?<org>" + ID + ")\\+(?<course>" + ID + ")" + "\\+(?<run>"
            + ID + ")\\+(?<type>" + ID + ")\\+(?<id>" + ID + ")");
    /** Upstream's {@code DEPRECATED_URL_RE}; the parts are checked one by one afterwards. */
    private static final Pattern I4X = Pattern.compile(
            "i4x://(?<org>[^/]+)/(?<course>[^/]+)/(?<type>[^/]+)/(?<name>[^@]+)(?:@(?<revision>[^/]+))?");

    private final String namespace;
    private final OpaqueKey contextKey;
    private final String blockType;
    private final String blockId;

    /** Creates a key from parts that the caller has already validated. */
    UsageKey(String namespace, OpaqueKey contextKey, String blockType, String blockId) {
        this.namespace = namespace;
        this.contextKey = contextKey;
        this.blockType = blockType;
        this.blockId = blockId;
    }

    /**
     * Parses a usage key in any of the forms listed in the class documentation.
     *
     * @param input the key string
     * @return the key; a {@link LibraryUsageLocatorV2} for {@code lb:} input
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid usage key
     */
    public static UsageKey parse(String input) {
        return KeySyntax.parse(TYPE, EXPECTED_FORM, input, UsageKey::parseAnyForm);
    }

    private static UsageKey parseAnyForm(String input) {
        KeySyntax.Namespaced key = KeySyntax.splitNamespace(input);
        return switch (key.namespace()) {
            case BLOCK_NAMESPACE -> parseBlock(key.rest());
            case CCX_BLOCK_NAMESPACE -> parseCcxBlock(key.rest());
            case LIBRARY_BLOCK_NAMESPACE -> parseLibraryBlock(key.rest());
            case LOCATION_NAMESPACE -> parseLocation(key.rest());
            case LibraryUsageLocatorV2.NAMESPACE -> LibraryUsageLocatorV2.fromBody(key.rest());
            // Upstream's deprecated fallback, which only succeeds for input starting with "i4x://".
            case "i4x" -> parseI4x(input);
            case "aside-usage-v1", "aside-usage-v2" ->
                throw KeySyntax.reject("aside usage keys ('" + key.namespace() + ":') are not supported");
            default -> throw KeySyntax.wrongNamespace(key.namespace(), TYPE, ACCEPTED_NAMESPACES);
        };
    }

    private static UsageKey parseBlock(String body) {
        LocatorParts parts = LocatorParts.parse(body, false);
        CourseKey course = CourseKey.fromCourseLocator(parts);
        return new UsageKey(BLOCK_NAMESPACE, course, blockTypeOrNone(parts), requireBlockId(parts));
    }

    private static UsageKey parseCcxBlock(String body) {
        LocatorParts parts = LocatorParts.parse(body, true);
        CCXLocator ccx = CCXLocator.fromLocator(parts);
        return new UsageKey(CCX_BLOCK_NAMESPACE, ccx, blockTypeOrNone(parts), requireBlockId(parts));
    }

    private static UsageKey parseLibraryBlock(String body) {
        LocatorParts parts = LocatorParts.parse(body, false);
        CourseKey library = CourseKey.fromLibraryLocator(parts);
        String blockId = requireBlockId(parts);
        if (parts.blockType() == null) {
            throw KeySyntax.reject("missing +type@{block_type}");
        }
        return new UsageKey(LIBRARY_BLOCK_NAMESPACE, library, parts.blockType(), blockId);
    }

    private static String blockTypeOrNone(LocatorParts parts) {
        return parts.blockType() == null ? MISSING_BLOCK_TYPE : parts.blockType();
    }

    /** The block id is mandatory, and unlike in course keys it may not contain '%'. */
    private static String requireBlockId(LocatorParts parts) {
        if (parts.blockId() == null) {
            throw KeySyntax.reject("missing +block@{block_id}");
        }
        return FieldSyntax.ID.require("block id", parts.blockId());
    }

    private static UsageKey parseLocation(String body) {
        Matcher m = LOCATION.matcher(body);
        if (!m.matches()) {
            throw KeySyntax.reject("the part after the namespace is not of the form "
                    + "{org}+{course}+{run}+{block_type}+{block_id}, with parts made of letters, digits, "
                    + "'_', '-', '~', '.' and ':'");
        }
        CourseKey course = new CourseKey(
                CourseKey.COURSE_NAMESPACE, m.group("org"), m.group("course"), m.group("run"), null, null, false);
        return new UsageKey(LOCATION_NAMESPACE, course, m.group("type"), m.group("id"));
    }

    private static UsageKey parseI4x(String input) {
        Matcher m = I4X.matcher(input);
        if (!m.matches()) {
            throw KeySyntax.reject(
                    "not of the deprecated form i4x://{org}/{course}/{block_type}/{block_id}" + "[@{revision}]");
        }
        String org = FieldSyntax.DEPRECATED_PART.require("org", m.group("org"));
        String course = FieldSyntax.DEPRECATED_PART.require("course", m.group("course"));
        String blockType = FieldSyntax.DEPRECATED_ID.require("block type", m.group("type"));
        String blockId = FieldSyntax.DEPRECATED_ID.require("block id", m.group("name"));
        String revision = FieldSyntax.DEPRECATED_ID.requireIfPresent("revision", m.group("revision"));
        // The i4x form has no run; the revision is the course key's branch, as upstream.
        CourseKey courseKey = new CourseKey(CourseKey.COURSE_NAMESPACE, org, course, null, revision, null, true);
        return new UsageKey(BLOCK_NAMESPACE, courseKey, blockType, blockId);
    }

    /**
     * Creates the key of block {@code blockId} of type {@code blockType} in {@code course}: a
     * {@code block-v1:} key for a course, {@code ccx-block-v1:} for a {@link CCXLocator} and
     * {@code lib-block-v1:} for a {@code library-v1:} library.
     *
     * @param course the course or library, not deprecated
     * @param blockType the block type, e.g. {@code problem}
     * @param blockId the block id, e.g. {@code d8a6192ade314473a78242dfeedfbf5b}
     * @return the key
     * @throws InvalidKeyException if an argument is {@code null}, {@code course} is deprecated, or the block
     *         type or id has characters a usage key cannot hold
     */
    public static UsageKey of(CourseKey course, String blockType, String blockId) {
        String namespace = course instanceof CCXLocator
                ? CCX_BLOCK_NAMESPACE
                : course != null && !course.isCourse() ? LIBRARY_BLOCK_NAMESPACE : BLOCK_NAMESPACE;
        String attempted = namespace + ":" + (course == null ? "null" : course.body()) + "+type@" + blockType
                + "+block@" + blockId;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> {
            if (course == null) {
                throw KeySyntax.reject("the course key is missing");
            }
            if (course.isDeprecated()) {
                throw KeySyntax.reject("a deprecated course key ('" + course + "') cannot make a usage key");
            }
            return new UsageKey(
                    namespace,
                    course,
                    FieldSyntax.ID.require("block type", blockType),
                    FieldSyntax.ID.require("block id", blockId));
        });
    }

    /**
     * The canonical namespace: {@code block-v1} (also for deprecated {@code i4x://} keys),
     * {@code ccx-block-v1}, {@code lib-block-v1}, {@code location} or {@code lb}.
     */
    @Override
    public String namespace() {
        return namespace;
    }

    /**
     * The learning context the block belongs to: a {@link CourseKey} (possibly a {@link CCXLocator} or a
     * {@code library-v1:} library), or a {@link LibraryLocatorV2} for {@code lb:} keys.
     *
     * @return the context key, never {@code null}
     */
    public OpaqueKey contextKey() {
        return contextKey;
    }

    /**
     * The course (or {@code library-v1:} library, or CCX) the block belongs to, or {@code null} for an
     * {@code lb:} key, whose context is a {@link LibraryLocatorV2} (see {@link #contextKey()}). For a deprecated
     * {@code i4x://} key this is a deprecated course key without run whose branch is the revision.
     *
     * @return the course key, or {@code null} for library blocks
     */
    public CourseKey courseKey() {
        return contextKey instanceof CourseKey course ? course : null;
    }

    /**
     * The block type, e.g. {@code problem} or {@code html}; {@value #MISSING_BLOCK_TYPE} for a {@code block-v1:}
     * or {@code ccx-block-v1:} key written without {@code type@}.
     *
     * @return the block type, never {@code null}
     */
    public String blockType() {
        return blockType;
    }

    /**
     * The block id within its context, e.g. {@code d8a6192ade314473a78242dfeedfbf5b}.
     *
     * @return the block id, never {@code null}
     */
    public String blockId() {
        return blockId;
    }

    /** {@code true} for the namespace-less {@code i4x://} form. */
    @Override
    public boolean isDeprecated() {
        CourseKey course = courseKey();
        return course != null && course.isDeprecated();
    }

    /** The canonical string, e.g. {@code block-v1:edX+DemoX+2024+type@problem+block@p1}. */
    @Override
    public String toString() {
        CourseKey course = courseKey();
        if (course.isDeprecated()) {
            return "i4x://" + course.org() + "/" + course.course() + "/" + blockType + "/" + blockId
                    + (course.branch() == null ? "" : "@" + course.branch());
        }
        if (LOCATION_NAMESPACE.equals(namespace)) {
            return namespace + ":" + String.join("+", course.org(), course.course(), course.run(), blockType, blockId);
        }
        return namespace + ":" + course.body() + "+type@" + blockType + "+block@" + blockId;
    }

    /** Equal when the other object is a key of the same class with the same namespace, context and block. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        UsageKey that = (UsageKey) other;
        return namespace.equals(that.namespace)
                && contextKey.equals(that.contextKey)
                && blockType.equals(that.blockType)
                && blockId.equals(that.blockId);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(namespace, contextKey, blockType, blockId);
    }

    /**
     * Writes a {@link UsageKey} as its canonical string and reads one back with {@link UsageKey#parse}, so that
     * an {@code lb:} string comes back as a {@link LibraryUsageLocatorV2}.
     */
    public static final class JsonbAdapter implements jakarta.json.bind.adapter.JsonbAdapter<UsageKey, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(UsageKey key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public UsageKey adaptFromJson(String value) {
            return value == null ? null : UsageKey.parse(value);
        }
    }
}

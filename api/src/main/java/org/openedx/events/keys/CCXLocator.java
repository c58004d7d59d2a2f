package org.openedx.events.keys;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a custom course (CCX), a course key with an extra CCX number:
 * {@code ccx-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}]+ccx@{number}}, or
 * {@code ccx-v1:version@{guid}+ccx@{number}} (upstream {@code ccx_keys.locator.CCXLocator}).
 *
 * <p>Parsing follows ccx-keys, whose grammar is the course grammar plus a mandatory {@code ccx@} part and is
 * case-insensitive: {@code CCX@1}, {@code Branch@draft} and an upper-case version are accepted and written back
 * in lower case. The number may use any Unicode decimal digits and is kept as text. As for courses,
 * {@code type@}/{@code block@} parts are accepted and dropped, and a version-only key keeps only its version.
 * A deprecated CCX key does not exist; any trailing newline or whitespace is rejected.
 *
 * <p>A CCX locator is a {@link CourseKey}: {@link CourseKey#parse} returns one for {@code ccx-v1:} input.
 * {@link #toCourseKey()} gives the course the CCX is based on.
 */
@JsonbTypeAdapter(CCXLocator.JsonbAdapter.class)
public final class CCXLocator extends CourseKey {

    static final String NAMESPACE = "ccx-v1";

    private static final String TYPE = "CCXLocator";
    private static final String EXPECTED_FORM =
            "ccx-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}]+ccx@{number} or "
                    + "ccx-v1:version@{guid}+ccx@{number}";

    private final String ccxId;

    private CCXLocator(CourseKey course, String ccxId) {
        super(NAMESPACE, course.org(), course.course(), course.run(), course.branch(), course.versionGuid(), false);
        this.ccxId = ccxId;
    }

    /**
     * Parses a {@code ccx-v1:} key.
     *
     * @param input the key string
     * @return the key
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid CCX key
     */
    public static CCXLocator parse(String input) {
        return KeySyntax.parse(
                TYPE,
                EXPECTED_FORM,
                input,
                s -> fromLocator(LocatorParts.parse(KeySyntax.requireNamespace(s, NAMESPACE, TYPE), true)));
    }

    /** Builds the key from the parts of a CCX locator body (also the course part of {@code ccx-block-v1:}). */
    static CCXLocator fromLocator(LocatorParts parts) {
        return new CCXLocator(CourseKey.fromCourseLocator(parts), parts.ccx());
    }

    /**
     * Creates the CCX locator for CCX {@code ccxId} of {@code course} (upstream
     * {@code CCXLocator.from_course_locator}).
     *
     * @param course a {@code course-v1:} course key, not deprecated and not itself a CCX
     * @param ccxId the CCX number, decimal digits
     * @return the key
     * @throws InvalidKeyException if {@code course} is {@code null} or of another kind, or {@code ccxId} is not
     *         a number
     */
    public static CCXLocator of(CourseKey course, String ccxId) {
        String attempted = NAMESPACE + ":" + (course == null ? "null" : course.body()) + "+ccx@" + ccxId;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> {
            boolean plainCourse = course != null
                    && course.getClass() == CourseKey.class
                    && course.isCourse()
                    && !course.isDeprecated();
            if (!plainCourse) {
                throw KeySyntax.reject("the course must be a course-v1: course key, found '" + course + "'");
            }
            return new CCXLocator(course, FieldSyntax.CCX_ID.require("ccx", ccxId));
        });
    }

    /**
     * The CCX number as written in the key, e.g. {@code 12}.
     *
     * @return the CCX number, never {@code null}
     */
    public String ccxId() {
        return ccxId;
    }

    /**
     * The {@code course-v1:} key of the course this CCX is based on: the same parts without the CCX number.
     *
     * @return the course key
     */
    public CourseKey toCourseKey() {
        return new CourseKey(COURSE_NAMESPACE, org(), course(), run(), branch(), versionGuid(), false);
    }

    @Override
    String body() {
        return super.body() + "+ccx@" + ccxId;
    }

    /** Equal when the other object is a CCX locator with the same course parts and CCX number. */
    @Override
    public boolean equals(Object other) {
        return super.equals(other) && ccxId.equals(((CCXLocator) other).ccxId);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return 31 * super.hashCode() + ccxId.hashCode();
    }

    /** Writes a {@link CCXLocator} as its canonical string and reads one back with {@link CCXLocator#parse}. */
    public static final class JsonbAdapter implements jakarta.json.bind.adapter.JsonbAdapter<CCXLocator, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(CCXLocator key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public CCXLocator adaptFromJson(String value) {
            return value == null ? null : CCXLocator.parse(value);
        }
    }
}

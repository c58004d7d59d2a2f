package org.openedx.events.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a course, or of anything upstream's {@code CourseKey.from_string} accepts in its place.
 *
 * <p>{@link #parse(String)} accepts these forms:
 * <ul>
 *   <li>{@code course-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}]} and
 *       {@code course-v1:version@{guid}}, the modern course key (upstream {@code CourseLocator}). The parts may
 *       contain Unicode letters and digits, {@code _ - ~ .} and {@code :}; a version is 24 lowercase hex
 *       digits;</li>
 *   <li>{@code slashes:...}, an old alias of {@code course-v1:} that is written back as {@code course-v1:};</li>
 *   <li>{@code library-v1:{org}+{library}[+branch@{branch}][+version@{guid}]}, a legacy content library
 *       (upstream {@code LibraryLocator}). It is a course key that is not a course: {@link #isCourse()} is
 *       {@code false}, {@link #course()} is the library and {@link #run()} is always {@value #LIBRARY_RUN};</li>
 *   <li>{@code ccx-v1:...+ccx@{number}}, which gives a {@link CCXLocator};</li>
 *   <li>the deprecated {@code {org}/{course}/{run}} without namespace: exactly two {@code /}, parts made of
 *       letters, digits, {@code _ - .} and {@code %}, and a possibly empty run. It is written back unchanged
 *       and {@link #isDeprecated()} is {@code true}.</li>
 * </ul>
 *
 * <p>Like upstream, parsing normalizes a few things, so that {@link #toString()} can differ from the input:
 * {@code type@...} and {@code block@...} parts after a course are accepted and dropped; a {@code +run} after a
 * library is dropped; and when a key has a version but no complete {@code org+course+run} (for a library:
 * no {@code org+library}), the incomplete name and the branch are dropped, keeping only the version. Anything
 * else, including any trailing newline or whitespace, is rejected with an {@link InvalidKeyException}.
 *
 * <p>This class is only subclassed by {@link CCXLocator}. Instances are immutable; equality covers the
 * namespace, every part and the deprecated flag. In JSON-B a course key travels as its canonical string.
 */
@JsonbTypeAdapter(CourseKey.JsonbAdapter.class)
public sealed class CourseKey implements OpaqueKey permits CCXLocator {

    /** The run that every {@code library-v1:} key reports, as upstream's {@code LibraryLocator.RUN}. */
    public static final String LIBRARY_RUN = "library";

    static final String COURSE_NAMESPACE = "course-v1";
    static final String LIBRARY_NAMESPACE = "library-v1";

    private static final String TYPE = "CourseKey";
    private static final String EXPECTED_FORM =
            "course-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}], course-v1:version@{guid}, "
                    + "library-v1:{org}+{library}[...], ccx-v1:...+ccx@{number} or the deprecated "
                    + "{org}/{course}/{run}";
    private static final String ACCEPTED_NAMESPACES = "course-v1, slashes, library-v1, ccx-v1";

    private final String namespace;
    private final String org;
    private final String course;
    /** {@code null} for libraries, version-only keys and the course part of {@code i4x://} usage keys. */
    private final String run;

    private final String branch;
    private final String versionGuid;
    private final boolean deprecated;

    /** Creates a key from parts that the caller has already validated. */
    CourseKey(
            String namespace,
            String org,
            String course,
            String run,
            String branch,
            String versionGuid,
            boolean deprecated) {
        this.namespace = namespace;
        this.org = org;
        this.course = course;
        this.run = run;
        this.branch = branch;
        this.versionGuid = versionGuid;
        this.deprecated = deprecated;
    }

    /**
     * Parses a course key in any of the forms listed in the class documentation.
     *
     * @param input the key string
     * @return the key; a {@link CCXLocator} for {@code ccx-v1:} input
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid course key
     */
    public static CourseKey parse(String input) {
        return KeySyntax.parse(TYPE, EXPECTED_FORM, input, CourseKey::parseAnyForm);
    }

    private static CourseKey parseAnyForm(String input) {
        // Upstream falls back to the deprecated form whenever the namespaced parse fails. The deprecated form
        // never contains ':', so trying it exactly when there is no ':' is equivalent, and gives better errors.
        if (input.indexOf(KeySyntax.NAMESPACE_SEPARATOR) < 0) {
            return parseDeprecated(input);
        }
        KeySyntax.Namespaced key = KeySyntax.splitNamespace(input);
        return switch (key.namespace()) {
            case COURSE_NAMESPACE, "slashes" -> fromCourseLocator(LocatorParts.parse(key.rest(), false));
            case LIBRARY_NAMESPACE -> fromLibraryLocator(LocatorParts.parse(key.rest(), false));
            case CCXLocator.NAMESPACE -> CCXLocator.fromLocator(LocatorParts.parse(key.rest(), true));
            default -> throw KeySyntax.wrongNamespace(key.namespace(), TYPE, ACCEPTED_NAMESPACES);
        };
    }

    private static CourseKey parseDeprecated(String input) {
        if (input.indexOf('/') < 0) {
            throw KeySyntax.reject("no namespace (text before ':')");
        }
        String[] parts = input.split("/", -1);
        if (parts.length != 3) {
            throw KeySyntax.reject(
                    "a key without namespace must be the deprecated {org}/{course}/{run}, " + "with exactly two '/'");
        }
        String org = FieldSyntax.DEPRECATED_PART.require("org", parts[0]);
        String course = FieldSyntax.DEPRECATED_PART.require("course", parts[1]);
        // Upstream allows an empty run in this form ("org/course/").
        String run = parts[2].isEmpty() ? "" : FieldSyntax.DEPRECATED_PART.require("run", parts[2]);
        return new CourseKey(COURSE_NAMESPACE, org, course, run, null, null, true);
    }

    /**
     * Builds a {@code course-v1:} key from the parts of a locator body (also used for the course part of
     * {@code block-v1:} and {@code ccx-v1:} keys). The block parts, if any, are ignored.
     */
    static CourseKey fromCourseLocator(LocatorParts parts) {
        if (parts.run() == null && parts.versionGuid() == null) {
            throw KeySyntax.reject("a course needs {org}+{course}+{run}, a version@{guid}, or both");
        }
        // Upstream writes org, course, run and branch only when the run is there (the grammar ties org, course
        // and run together); drop them here too, so that equality agrees with the canonical string.
        boolean named = parts.run() != null;
        return new CourseKey(
                COURSE_NAMESPACE,
                named ? parts.org() : null,
                named ? parts.course() : null,
                parts.run(),
                named ? parts.branch() : null,
                parts.versionGuid(),
                false);
    }

    /**
     * Builds a {@code library-v1:} key from the parts of a locator body, where the "course" part is the
     * library. A run and the block parts, if any, are ignored.
     */
    static CourseKey fromLibraryLocator(LocatorParts parts) {
        if (parts.course() == null && parts.versionGuid() == null) {
            throw KeySyntax.reject("a library needs {org}+{library}, a version@{guid}, or both");
        }
        boolean named = parts.course() != null;
        return new CourseKey(
                LIBRARY_NAMESPACE,
                parts.org(),
                parts.course(),
                null,
                named ? parts.branch() : null,
                parts.versionGuid(),
                false);
    }

    /**
     * Creates the course key {@code course-v1:{org}+{course}+{run}}.
     *
     * @param org the organization, e.g. {@code edX}
     * @param course the course, e.g. {@code DemoX}
     * @param run the run, e.g. {@code 2024_T1}
     * @return the key
     * @throws InvalidKeyException if a part is {@code null}, empty or has characters a course key cannot hold
     */
    public static CourseKey of(String org, String course, String run) {
        return of(org, course, run, null, null);
    }

    /**
     * Creates the course key {@code course-v1:{org}+{course}+{run}[+branch@{branch}][+version@{versionGuid}]}.
     *
     * @param org the organization
     * @param course the course
     * @param run the run
     * @param branch the branch, or {@code null}
     * @param versionGuid the version, 24 lowercase hex digits, or {@code null}
     * @return the key
     * @throws InvalidKeyException if a part is invalid, or {@code org}, {@code course} or {@code run} is
     *         {@code null}
     */
    public static CourseKey of(String org, String course, String run, String branch, String versionGuid) {
        String attempted = COURSE_NAMESPACE + ":" + org + "+" + course + "+" + run
                + (branch == null ? "" : "+branch@" + branch)
                + (versionGuid == null ? "" : "+version@" + versionGuid);
        return KeySyntax.build(
                TYPE,
                EXPECTED_FORM,
                attempted,
                () -> new CourseKey(
                        COURSE_NAMESPACE,
                        FieldSyntax.ID.require("org", org),
                        FieldSyntax.ID.require("course", course),
                        FieldSyntax.ID.require("run", run),
                        FieldSyntax.ID.requireIfPresent("branch", branch),
                        FieldSyntax.VERSION_GUID.requireIfPresent("version", versionGuid),
                        false));
    }

    /**
     * The canonical namespace: {@code course-v1} (also for {@code slashes:} input and deprecated keys),
     * {@code library-v1} or {@code ccx-v1}.
     */
    @Override
    public String namespace() {
        return namespace;
    }

    /**
     * The organization, e.g. {@code edX}; {@code null} for a key that only names a version.
     *
     * @return the organization or {@code null}
     */
    public String org() {
        return org;
    }

    /**
     * The course, e.g. {@code DemoX} (for a {@code library-v1:} key, the library); {@code null} for a key that
     * only names a version.
     *
     * @return the course or {@code null}
     */
    public String course() {
        return course;
    }

    /**
     * The run, e.g. {@code 2024_T1}; {@value #LIBRARY_RUN} for every {@code library-v1:} key; {@code null} for
     * a key that only names a version, and for the run-less course part of an {@code i4x://} usage key. It may
     * be empty for a deprecated key such as {@code org/course/}.
     *
     * @return the run or {@code null}
     */
    public String run() {
        return LIBRARY_NAMESPACE.equals(namespace) ? LIBRARY_RUN : run;
    }

    /**
     * The branch, e.g. {@code published}, or {@code null} if the key has none.
     *
     * @return the branch or {@code null}
     */
    public String branch() {
        return branch;
    }

    /**
     * The version, 24 lowercase hex digits, or {@code null} if the key has none.
     *
     * @return the version or {@code null}
     */
    public String versionGuid() {
        return versionGuid;
    }

    /** {@code true} for the namespace-less {@code {org}/{course}/{run}} form. */
    @Override
    public boolean isDeprecated() {
        return deprecated;
    }

    /**
     * Whether this key names a course: {@code false} only for {@code library-v1:} keys (upstream
     * {@code is_course}).
     *
     * @return whether this is a course
     */
    public boolean isCourse() {
        return !LIBRARY_NAMESPACE.equals(namespace);
    }

    /** The canonical text after the namespace, e.g. {@code edX+DemoX+2024+branch@draft}. */
    String body() {
        List<String> parts = new ArrayList<>(5);
        if (org != null) {
            parts.add(org);
            parts.add(course);
            if (run != null) {
                parts.add(run);
            }
            if (branch != null) {
                parts.add("branch@" + branch);
            }
        }
        if (versionGuid != null) {
            parts.add("version@" + versionGuid);
        }
        return String.join("+", parts);
    }

    /**
     * The canonical string, e.g. {@code course-v1:edX+DemoX+2024}, or {@code edX/DemoX/2024} for a deprecated
     * key.
     */
    @Override
    public String toString() {
        if (deprecated) {
            return org + "/" + course + "/" + (run == null ? "" : run);
        }
        return namespace + ":" + body();
    }

    /** Equal when the other object is a key of the same class with the same namespace, parts and flags. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        CourseKey that = (CourseKey) other;
        return deprecated == that.deprecated
                && namespace.equals(that.namespace)
                && Objects.equals(org, that.org)
                && Objects.equals(course, that.course)
                && Objects.equals(run, that.run)
                && Objects.equals(branch, that.branch)
                && Objects.equals(versionGuid, that.versionGuid);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(namespace, org, course, run, branch, versionGuid, deprecated);
    }

    /**
     * Writes a {@link CourseKey} as its canonical string and reads one back with {@link CourseKey#parse}, so
     * that a {@code ccx-v1:} string comes back as a {@link CCXLocator}.
     */
    public static final class JsonbAdapter implements jakarta.json.bind.adapter.JsonbAdapter<CourseKey, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(CourseKey key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public CourseKey adaptFromJson(String value) {
            return value == null ? null : CourseKey.parse(value);
        }
    }
}

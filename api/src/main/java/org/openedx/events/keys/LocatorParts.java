package org.openedx.events.keys;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code +}-separated locator body such as {@code edX+DemoX+2024+branch@draft}, the text after
 * the namespace of {@code course-v1:}, {@code library-v1:}, {@code ccx-v1:}, {@code block-v1:},
 * {@code lib-block-v1:} and {@code ccx-block-v1:} keys.
 *
 * <p>This is upstream's {@code BlockLocatorBase.URL_RE} (and ccx-keys' variant of it), matched against the
 * whole body:
 * <pre>
 * [{org}+{course}[+{run}]] [branch@{branch}] [version@{guid}] [ccx@{digits}] [type@{block_type}] [block@{block_id}]
 * </pre>
 * Each present part is followed by a {@code +} that is not the last character, or by the end of the body. The
 * {@code ccx@} part exists (and is mandatory) only in the CCX variant, which is also case-insensitive, like
 * ccx-keys' {@code re.IGNORECASE}: {@code CCX@1}, {@code Branch@b} and an upper-case version are accepted.
 * Which parts must be present, and which are ignored, is up to each key type.
 *
 * @param org the organization, or {@code null}
 * @param course the course (for {@code library-v1:}, the library), or {@code null}
 * @param run the run, or {@code null}
 * @param branch the branch, or {@code null}
 * @param versionGuid the version, 24 lowercase hex digits, or {@code null}
 * @param ccx the CCX number (CCX variant only), or {@code null}
 * @param blockType the {@code type@} part, or {@code null}
 * @param blockId the {@code block@} part, or {@code null}; may contain {@code %} outside the CCX variant
 */
record LocatorParts(
        String org,
        String course,
        String run,
        String branch,
        String versionGuid,
        String ccx,
        String blockType,
        String blockId) {

    /**
     * A '+' that is not the last character, or the end of the input. Upstream writes {@code (\+(?=.)|\Z)},
     * whose {@code (?=.)} also refuses a '+' before a newline; no part can start with a newline, so that makes
     * no difference.
     */
    private static final String SEP = "(?:\\+(?!\\z)|\\z)";

    private static final String SHAPE =
            "[{org}+{course}[+{run}]][+branch@{branch}][+version@{guid}][+type@{block_type}][+block@{block_id}]";
    private static final String CCX_SHAPE =
            "[{org}+{course}[+{run}]][+branch@{branch}][+version@{guid}]+ccx@{number}[+type@{block_type}]"
                    + "[+block@{block_id}]";

    private static final Pattern LOCATOR = compile(false);
    private static final Pattern CCX_LOCATOR = compile(true);

    private static Pattern compile(boolean ccx) {
        String id = FieldSyntax.ID.regex();
        // ccx-keys leaves '%' out of block ids; opaque-keys allows it (and then drops or rejects the block).
        String blockId = ccx ? id : FieldSyntax.DEPRECATED_ID.regex();
        String regex = "(?:(?<org>" + id + ")\\+(?<course>" + id + ")(?:\\+(?<run>" + id + "))?" + SEP + ")??"
                + "(?:branch@(?<branch>" + id + ")" + SEP + ")?"
                + "(?:version@(?<version>[0-9a-f]+)" + SEP + ")?"
                + (ccx ? "(?:ccx@(?<ccx>\\p{Nd}+)" + SEP + ")" : "")
                + "(?:type@(?<type>" + id + ")" + SEP + ")?"
                + "(?:block@(?<block>" + blockId + "))?";
        return Pattern.compile(regex, ccx ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /**
     * Matches {@code body} and checks the version, which must be a full bson {@code ObjectId}. An upper-case
     * version (CCX variant only) is lower-cased, as upstream's {@code str(ObjectId)} does.
     *
     * @param body the text after the namespace
     * @param ccx whether to use the CCX variant
     * @throws KeySyntax.Rejection if the body does not have this shape or the version is not 24 hex digits
     */
    static LocatorParts parse(String body, boolean ccx) {
        Matcher m = (ccx ? CCX_LOCATOR : LOCATOR).matcher(body);
        if (!m.matches()) {
            throw KeySyntax.reject("the part after the namespace is not of the form " + (ccx ? CCX_SHAPE : SHAPE)
                    + ", with parts made of letters, digits, '_', '-', '~', '.' and ':'");
        }
        String version = m.group("version");
        if (version != null) {
            version = FieldSyntax.VERSION_GUID.require("version", version.toLowerCase(Locale.ROOT));
        }
        return new LocatorParts(
                m.group("org"),
                m.group("course"),
                m.group("run"),
                m.group("branch"),
                version,
                ccx ? m.group("ccx") : null,
                m.group("type"),
                m.group("block"));
    }
}

package org.openedx.events.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accessors, factories, equality and error reporting of the key types, on well-known keys.
 */
class OpaqueKeyTest {

    private static final String GUID = "519665f6223ebd6980884f2b";

    static Iterable<String> keyTypes() {
        return KeyExamples.PARSERS.keySet();
    }

    @ParameterizedTest(name = "{0}.parse(null)")
    @MethodSource("keyTypes")
    void nullInputIsAnInvalidKey(String keyType) {
        Function<String, ? extends OpaqueKey> parse = KeyExamples.PARSERS.get(keyType);

        assertThatThrownBy(() -> parse.apply(null)).isInstanceOfSatisfying(InvalidKeyException.class, e -> {
            assertThat(e.keyType()).isEqualTo(keyType);
            assertThat(e.input()).isNull();
            assertThat(e.getMessage()).contains("the input is null");
        });
    }

    @Nested
    class CourseKeys {

        @Test
        void courseAccessors() {
            CourseKey key = CourseKey.parse("course-v1:edX+DemoX+Demo_Course");

            assertThat(key.namespace()).isEqualTo("course-v1");
            assertThat(key.org()).isEqualTo("edX");
            assertThat(key.course()).isEqualTo("DemoX");
            assertThat(key.run()).isEqualTo("Demo_Course");
            assertThat(key.branch()).isNull();
            assertThat(key.versionGuid()).isNull();
            assertThat(key.isDeprecated()).isFalse();
            assertThat(key.isCourse()).isTrue();
            assertThat(key).isExactlyInstanceOf(CourseKey.class);
        }

        @Test
        void branchAndVersion() {
            CourseKey key = CourseKey.parse("course-v1:org+course+run+branch@draft+version@" + GUID);

            assertThat(key.branch()).isEqualTo("draft");
            assertThat(key.versionGuid()).isEqualTo(GUID);
            assertThat(key).isEqualTo(CourseKey.of("org", "course", "run", "draft", GUID));
        }

        @Test
        void versionOnlyKeyDropsAnIncompleteNameAndTheBranch() {
            // Upstream writes org/course/branch only together with a run; equality follows the written form.
            CourseKey key = CourseKey.parse("course-v1:org+course+branch@b+version@" + GUID);

            assertThat(key).hasToString("course-v1:version@" + GUID);
            assertThat(key.org()).isNull();
            assertThat(key.course()).isNull();
            assertThat(key.run()).isNull();
            assertThat(key.branch()).isNull();
            assertThat(key).isEqualTo(CourseKey.parse("course-v1:version@" + GUID));
        }

        @Test
        void slashesIsAnAliasOfCourseV1() {
            assertThat(CourseKey.parse("slashes:org+course+run")).isEqualTo(CourseKey.of("org", "course", "run"));
        }

        @Test
        void deprecatedForm() {
            CourseKey key = CourseKey.parse("edX/DemoX/Demo_Course");

            assertThat(key.isDeprecated()).isTrue();
            assertThat(key.namespace()).isEqualTo("course-v1");
            assertThat(key.org()).isEqualTo("edX");
            assertThat(key.course()).isEqualTo("DemoX");
            assertThat(key.run()).isEqualTo("Demo_Course");
            assertThat(key).hasToString("edX/DemoX/Demo_Course");
            assertThat(key).isNotEqualTo(CourseKey.of("edX", "DemoX", "Demo_Course"));
        }

        @Test
        void deprecatedFormAllowsAnEmptyRunAndPercentSigns() {
            assertThat(CourseKey.parse("org/course/")).hasToString("org/course/");
            assertThat(CourseKey.parse("org/co%20urse/run").course()).isEqualTo("co%20urse");
        }

        @Test
        void libraryV1IsACourseKeyThatIsNotACourse() {
            CourseKey key = CourseKey.parse("library-v1:UniX+PhysicsProbs+ignored_run");

            assertThat(key).hasToString("library-v1:UniX+PhysicsProbs");
            assertThat(key.isCourse()).isFalse();
            assertThat(key.namespace()).isEqualTo("library-v1");
            assertThat(key.org()).isEqualTo("UniX");
            assertThat(key.course()).isEqualTo("PhysicsProbs");
            assertThat(key.run()).isEqualTo(CourseKey.LIBRARY_RUN);
        }

        @Test
        void unicodeWordCharactersFollowPython() {
            // Python's \w: any letter or number (also '²'), but no combining marks (here U+0301).
            assertThat(CourseKey.parse("course-v1:ΩmegaX+Ωμέγα+run²").course()).isEqualTo("Ωμέγα");
            assertThatThrownBy(() -> CourseKey.parse("course-v1:org+cafe\u0301+run"))
                    .isInstanceOf(InvalidKeyException.class);
        }

        @Test
        void factoryRejectsPartsThatWouldChangeTheKeysMeaning() {
            assertThatThrownBy(() -> CourseKey.of("org", "course+branch@x", "run"))
                    .isInstanceOfSatisfying(InvalidKeyException.class, e -> {
                        assertThat(e.keyType()).isEqualTo("CourseKey");
                        assertThat(e.getMessage()).contains("course 'course+branch@x' may only contain");
                    });
            assertThatThrownBy(() -> CourseKey.of(null, "course", "run")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> CourseKey.of("org", "course", "run", null, "ABC"))
                    .isInstanceOf(InvalidKeyException.class);
        }

        @Test
        void errorMessageExplainsTheProblem() {
            assertThatThrownBy(() -> CourseKey.parse("edX+DemoX"))
                    .hasMessage("OXE3001: Invalid CourseKey 'edX+DemoX': no namespace (text before ':'). Expected "
                            + "course-v1:{org}+{course}+{run}[+branch@{branch}][+version@{guid}], "
                            + "course-v1:version@{guid}, library-v1:{org}+{library}[...], "
                            + "ccx-v1:...+ccx@{number} or the deprecated {org}/{course}/{run}");
            assertThatThrownBy(() -> CourseKey.parse("lib:MITx:lib1"))
                    .hasMessageContaining("namespace 'lib' belongs to LibraryLocatorV2, not CourseKey");
        }

        @Test
        void invalidKeyExceptionIsAnIllegalArgumentException() {
            assertThatThrownBy(() -> CourseKey.parse("nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CcxLocators {

        @Test
        void accessorsAndCourse() {
            CourseKey parsed = CourseKey.parse("ccx-v1:mit.eecs+6002x+2014_T2+branch@draft-1+ccx@1");

            assertThat(parsed).isInstanceOf(CCXLocator.class);
            CCXLocator key = (CCXLocator) parsed;
            assertThat(key.namespace()).isEqualTo("ccx-v1");
            assertThat(key.org()).isEqualTo("mit.eecs");
            assertThat(key.course()).isEqualTo("6002x");
            assertThat(key.run()).isEqualTo("2014_T2");
            assertThat(key.branch()).isEqualTo("draft-1");
            assertThat(key.ccxId()).isEqualTo("1");
            assertThat(key.isCourse()).isTrue();
            assertThat(key.toCourseKey()).isEqualTo(CourseKey.parse("course-v1:mit.eecs+6002x+2014_T2+branch@draft-1"));
            assertThat(CCXLocator.of(key.toCourseKey(), "1")).isEqualTo(key);
            assertThat(CCXLocator.parse(key.toString())).isEqualTo(key);
        }

        @Test
        void prefixesAreCaseInsensitiveAndWrittenInLowerCase() {
            CCXLocator key =
                    CCXLocator.parse("ccx-v1:org+course+run+Branch@b+VERSION@" + GUID.toUpperCase() + "+CCX@7");

            assertThat(key).hasToString("ccx-v1:org+course+run+branch@b+version@" + GUID + "+ccx@7");
            assertThat(key.versionGuid()).isEqualTo(GUID);
        }

        @Test
        void aCcxIsNotEqualToItsCourse() {
            CCXLocator ccx = CCXLocator.parse("ccx-v1:org+course+run+ccx@1");

            assertThat(ccx).isNotEqualTo(ccx.toCourseKey());
            assertThat(ccx.toCourseKey()).isNotEqualTo(ccx);
            assertThat(ccx).isNotEqualTo(CCXLocator.parse("ccx-v1:org+course+run+ccx@2"));
        }

        @Test
        void factoryNeedsAPlainCourse() {
            assertThatThrownBy(() -> CCXLocator.of(CourseKey.parse("org/course/run"), "1"))
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> CCXLocator.of(CourseKey.parse("library-v1:org+lib"), "1"))
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> CCXLocator.of(CourseKey.of("org", "course", "run"), "-1"))
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> CCXLocator.of(null, "1")).isInstanceOf(InvalidKeyException.class);
        }
    }

    @Nested
    class UsageKeys {

        @Test
        void blockAccessors() {
            UsageKey key = UsageKey.parse(
                    "block-v1:edX+DemoX+Demo_Course+type@chapter+block@d8a6192ade314473a78242dfeedfbf5b");

            assertThat(key.namespace()).isEqualTo("block-v1");
            assertThat(key.courseKey()).isEqualTo(CourseKey.of("edX", "DemoX", "Demo_Course"));
            assertThat(key.contextKey()).isEqualTo(key.courseKey());
            assertThat(key.blockType()).isEqualTo("chapter");
            assertThat(key.blockId()).isEqualTo("d8a6192ade314473a78242dfeedfbf5b");
            assertThat(key.isDeprecated()).isFalse();
            assertThat(key)
                    .isEqualTo(UsageKey.of(
                            CourseKey.of("edX", "DemoX", "Demo_Course"),
                            "chapter",
                            "d8a6192ade314473a78242dfeedfbf5b"));
        }

        @Test
        void missingBlockTypeIsTheTextNone() {
            UsageKey key = UsageKey.parse("block-v1:org+course+run+block@abc");

            assertThat(key.blockType()).isEqualTo(UsageKey.MISSING_BLOCK_TYPE).isEqualTo("None");
            assertThat(UsageKey.parse(key.toString())).isEqualTo(key);
        }

        @Test
        void ccxAndLibraryBlocks() {
            UsageKey ccxBlock =
                    UsageKey.parse("ccx-block-v1:org+course+run+branch@revision+ccx@1+type@category+block@name");
            UsageKey libraryBlock = UsageKey.parse("lib-block-v1:org+lib+type@html+block@html15");

            assertThat(ccxBlock.courseKey()).isEqualTo(CCXLocator.parse("ccx-v1:org+course+run+branch@revision+ccx@1"));
            assertThat(ccxBlock.namespace()).isEqualTo("ccx-block-v1");
            assertThat(libraryBlock.courseKey()).isEqualTo(CourseKey.parse("library-v1:org+lib"));
            assertThat(UsageKey.of(ccxBlock.courseKey(), "category", "name")).isEqualTo(ccxBlock);
            assertThat(UsageKey.of(libraryBlock.courseKey(), "html", "html15")).isEqualTo(libraryBlock);
        }

        @Test
        void locationForm() {
            UsageKey key = UsageKey.parse("location:org+course+run+problem+p1");

            assertThat(key).hasToString("location:org+course+run+problem+p1");
            assertThat(key.namespace()).isEqualTo("location");
            assertThat(key.courseKey()).isEqualTo(CourseKey.of("org", "course", "run"));
            assertThat(key).isNotEqualTo(UsageKey.of(CourseKey.of("org", "course", "run"), "problem", "p1"));
        }

        @Test
        void deprecatedI4xForm() {
            UsageKey key = UsageKey.parse("i4x://org/course/category/na%20me@revision");

            assertThat(key.isDeprecated()).isTrue();
            assertThat(key.blockType()).isEqualTo("category");
            assertThat(key.blockId()).isEqualTo("na%20me");
            assertThat(key.courseKey().isDeprecated()).isTrue();
            assertThat(key.courseKey().org()).isEqualTo("org");
            assertThat(key.courseKey().course()).isEqualTo("course");
            assertThat(key.courseKey().run()).isNull();
            assertThat(key.courseKey().branch()).isEqualTo("revision");
            assertThat(key).hasToString("i4x://org/course/category/na%20me@revision");
        }

        @Test
        void deprecatedI4xBlockTypeIsChecked() {
            // Deliberately stricter than upstream, which accepts any block type without '/'.
            assertThatThrownBy(() -> UsageKey.parse("i4x://org/course/cat egory/name"))
                    .isInstanceOf(InvalidKeyException.class);
        }

        @Test
        void asideKeysAreNotSupported() {
            assertThatThrownBy(() -> UsageKey.parse("aside-usage-v2:block-v1:o+c+r+type@a+block@b::aside"))
                    .hasMessageContaining("not supported");
        }

        @Test
        void factoryRejectsBadInput() {
            CourseKey course = CourseKey.of("org", "course", "run");

            assertThatThrownBy(() -> UsageKey.of(course, "problem", "a%b")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> UsageKey.of(course, null, "b")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> UsageKey.of(null, "a", "b")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> UsageKey.of(CourseKey.parse("org/course/run"), "a", "b"))
                    .isInstanceOf(InvalidKeyException.class);
        }
    }

    @Nested
    class LibraryKeys {

        private final LibraryLocatorV2 library = LibraryLocatorV2.of("MITx", "reallyhardproblems");

        @Test
        void library() {
            LibraryLocatorV2 key = LibraryLocatorV2.parse("lib:MITx:reallyhardproblems");

            assertThat(key.namespace()).isEqualTo("lib");
            assertThat(key.org()).isEqualTo("MITx");
            assertThat(key.slug()).isEqualTo("reallyhardproblems");
            assertThat(key).isEqualTo(library).hasSameHashCodeAs(library);
            assertThat(key).isNotEqualTo(LibraryLocatorV2.of("MITx", "other"));
        }

        @Test
        void libraryBlock() {
            UsageKey parsed = UsageKey.parse("lb:MITx:reallyhardproblems:problem:problem1");

            assertThat(parsed).isInstanceOf(LibraryUsageLocatorV2.class);
            LibraryUsageLocatorV2 key = (LibraryUsageLocatorV2) parsed;
            assertThat(key.namespace()).isEqualTo("lb");
            assertThat(key.libraryKey()).isEqualTo(library);
            assertThat(key.contextKey()).isEqualTo(library);
            assertThat(key.courseKey()).isNull();
            assertThat(key.org()).isEqualTo("MITx");
            assertThat(key.slug()).isEqualTo("reallyhardproblems");
            assertThat(key.blockType()).isEqualTo("problem");
            assertThat(key.usageId()).isEqualTo("problem1").isEqualTo(key.blockId());
            assertThat(key).isEqualTo(LibraryUsageLocatorV2.of(library, "problem", "problem1"));
            assertThat(key).isEqualTo(LibraryUsageLocatorV2.parse(key.toString()));
        }

        @Test
        void collection() {
            LibraryCollectionLocator key =
                    LibraryCollectionLocator.parse("lib-collection:MITx:reallyhardproblems:col1");

            assertThat(key.namespace()).isEqualTo("lib-collection");
            assertThat(key.libraryKey()).isEqualTo(library);
            assertThat(key.org()).isEqualTo("MITx");
            assertThat(key.slug()).isEqualTo("reallyhardproblems");
            assertThat(key.collectionId()).isEqualTo("col1");
            assertThat(key).isEqualTo(LibraryCollectionLocator.of(library, "col1"));
            assertThat(key).isNotEqualTo(LibraryCollectionLocator.of(library, "col2"));
        }

        @Test
        void container() {
            LibraryContainerLocator key =
                    LibraryContainerLocator.parse("lct:MITx:reallyhardproblems:unit:test-container");

            assertThat(key.namespace()).isEqualTo("lct");
            assertThat(key.libraryKey()).isEqualTo(library);
            assertThat(key.org()).isEqualTo("MITx");
            assertThat(key.slug()).isEqualTo("reallyhardproblems");
            assertThat(key.containerType()).isEqualTo("unit");
            assertThat(key.containerId()).isEqualTo("test-container");
            assertThat(key).isEqualTo(LibraryContainerLocator.of(library, "unit", "test-container"));
            assertThat(key).isNotEqualTo(LibraryContainerLocator.of(library, "section", "test-container"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"lib:org:slug\n", "lib:org\n:slug", "lib:org:slug ", "lib:org:slug\r\n"})
        void trailingWhitespaceIsRejectedUnlikeUpstream(String input) {
            assertThatThrownBy(() -> LibraryLocatorV2.parse(input)).isInstanceOf(InvalidKeyException.class);
        }

        @Test
        void factoriesValidateTheirParts() {
            assertThatThrownBy(() -> LibraryLocatorV2.of("έψιλον", "slug")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> LibraryLocatorV2.of("org", "a:b")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> LibraryUsageLocatorV2.of((LibraryLocatorV2) null, "problem", "p1"))
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> LibraryUsageLocatorV2.of(library, "problème", "p1"))
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> LibraryCollectionLocator.of(library, "")).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> LibraryContainerLocator.of(library, "unit", "a b"))
                    .isInstanceOfSatisfying(
                            InvalidKeyException.class,
                            e -> assertThat(e.input()).isEqualTo("lct:MITx:reallyhardproblems:unit:a b"));
        }

        @Test
        void errorNamesTheWrongPart() {
            assertThatThrownBy(() -> LibraryContainerLocator.parse("lct:TestX:lib1:unité:id"))
                    .hasMessageContaining("container type 'unité' may only contain ASCII letters");
            assertThatThrownBy(() -> LibraryUsageLocatorV2.parse("lb:MITx:lib"))
                    .hasMessageContaining("expected 4 ':'-separated parts");
        }
    }
}

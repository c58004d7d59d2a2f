package org.openedx.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.analytics.data.TrackingLogData;
import org.openedx.events.authz.data.RoleAssignmentData;
import org.openedx.events.contentauthoring.data.CertificateSignatoryData;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.CcxCourseData;
import org.openedx.events.learning.data.CertificateData;
import org.openedx.events.learning.data.LtiProviderLaunchParamsData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.learning.data.VerificationAttemptData;

/** Payload records are values: immutable, compared by content, and safe to log. */
class PayloadValueTest {

    /** The components that hold personal data (or may), which toString() masks. */
    private static final Map<Class<?>, List<String>> PII = Map.of(
            UserPersonalData.class, List.of("username", "email", "name"),
            CertificateData.class, List.of("name"),
            VerificationAttemptData.class, List.of("name"),
            CcxCourseData.class, List.of("coachEmail"),
            CertificateSignatoryData.class, List.of("name"),
            RoleAssignmentData.class, List.of("subject"),
            TrackingLogData.class, List.of("data", "context"),
            LtiProviderLaunchParamsData.class, List.of("extraParams"));

    static Stream<Arguments> containerComponents() {
        return PayloadValidationTest.containerComponents();
    }

    static Stream<Arguments> piiComponents() {
        return PII.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream()
                        .map(name -> Arguments.of(entry.getKey().getSimpleName() + "." + name, entry.getKey(), name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerComponents")
    void containersAreUnmodifiableCopies(String name, Class<?> recordType, int index) {
        RecordComponent component = recordType.getRecordComponents()[index];
        Object[] arguments = Samples.arguments(recordType);
        Object expected = arguments[index];
        Object original = mutableCopy(expected);
        arguments[index] = original;

        Object payload = Samples.construct(recordType, arguments);
        Object value = CatalogConformanceTest.accessor(component, payload);

        assertThat(value).isEqualTo(expected).isNotSameAs(original);
        assertDeeplyUnmodifiable(value);
        clearDeeply(original);
        assertThat(CatalogConformanceTest.accessor(component, payload)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("piiComponents")
    void toStringMasksPersonalData(String name, Class<?> recordType, String component) {
        Object sample = Samples.sample(recordType);
        Object value = CatalogConformanceTest.accessor(
                Stream.of(recordType.getRecordComponents())
                        .filter(c -> c.getName().equals(component))
                        .findFirst()
                        .orElseThrow(),
                sample);

        assertThat(sample.toString())
                .startsWith(recordType.getSimpleName() + "[")
                .contains(component + "=***")
                .doesNotContain(String.valueOf(value));
    }

    @Test
    void personalDataStaysMaskedInsideOtherRecords() {
        UserData user = new UserData(7, true, new UserPersonalData("jdoe", "jdoe@example.com", "Jane Doe"));

        assertThat(user.toString()).contains("id=7").doesNotContain("jdoe", "Jane Doe");
    }

    @Test
    void binaryComponentsAreComparedByContentAndCopied() {
        byte[] image = {1, 2, 3};
        CertificateSignatoryData signatory = new CertificateSignatoryData(image, "Jane Doe", "edX", "Dean");

        image[0] = 9;
        signatory.image()[1] = 9;

        assertThat(signatory.image()).containsExactly(1, 2, 3);
        CertificateSignatoryData same = new CertificateSignatoryData(new byte[] {1, 2, 3}, "Jane Doe", "edX", "Dean");
        assertThat(signatory).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(signatory).isNotEqualTo(new CertificateSignatoryData(new byte[] {1, 2}, "Jane Doe", "edX", "Dean"));
        assertThat(signatory.toString()).contains("image=byte[3]", "name=***").doesNotContain("Jane");
    }

    @Test
    void dateTimesAreTruncatedToMicroseconds() {
        var course = new org.openedx.events.learning.data.CourseData(
                CourseKey.parse("course-v1:edX+DemoX+Demo_Course"), "Demo", Samples.TIME.plusNanos(789), null);

        assertThat(course.start()).isEqualTo(Samples.TIME);
    }

    private static Object mutableCopy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(mutableCopy(element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, mutableCopy(element)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void assertDeeplyUnmodifiable(Object value) {
        if (value instanceof List<?> list) {
            assertThatThrownBy(() -> ((List<Object>) list).add(null)).isInstanceOf(UnsupportedOperationException.class);
            list.forEach(PayloadValueTest::assertDeeplyUnmodifiable);
        } else if (value instanceof Map<?, ?> map) {
            assertThatThrownBy(() -> ((Map<Object, Object>) map).put("other", null))
                    .isInstanceOf(UnsupportedOperationException.class);
            map.values().forEach(PayloadValueTest::assertDeeplyUnmodifiable);
        }
    }

    private static void clearDeeply(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(PayloadValueTest::clearDeeply);
            list.clear();
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(PayloadValueTest::clearDeeply);
            map.clear();
        }
    }
}

package org.openedx.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.CourseDiscussionConfigurationData;
import org.openedx.events.learning.data.DiscussionTopicContext;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** Bean Validation (Hibernate Validator) over every payload record of the catalog. */
class PayloadValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static List<Class<?>> records() {
        return PayloadRecords.all();
    }

    /** One case per {@code @NotNull} component of every record. */
    static Stream<Arguments> notNullComponents() {
        return components(c -> CatalogConformanceTest.declaredField(c.getDeclaringRecord(), c.getName())
                .isAnnotationPresent(NotNull.class));
    }

    /** One case per list or map component of every record. */
    static Stream<Arguments> containerComponents() {
        return components(c -> c.getGenericType() instanceof ParameterizedType);
    }

    private static Stream<Arguments> components(java.util.function.Predicate<RecordComponent> filter) {
        List<Arguments> cases = new ArrayList<>();
        for (Class<?> type : PayloadRecords.all()) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (filter.test(components[i])) {
                    cases.add(Arguments.of(type.getSimpleName() + "." + components[i].getName(), type, i));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void validSampleHasNoViolations(Class<?> recordType) {
        assertThat(validator.validate(Samples.sample(recordType))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notNullComponents")
    void nullInANotNullComponentIsOneViolationNamingIt(String name, Class<?> recordType, int index) {
        RecordComponent component = recordType.getRecordComponents()[index];
        Object[] arguments = Samples.arguments(recordType);
        arguments[index] = null;

        Object payload = Samples.construct(recordType, arguments);
        Set<ConstraintViolation<Object>> violations = validator.validate(payload);

        if (PayloadRecords.emptyDefaulted(recordType).contains(component.getName())) {
            // upstream's factory default: null means "not given", and becomes the empty value
            assertThat(CatalogConformanceTest.accessor(component, payload)).isIn("", List.of(), Map.of());
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.getPropertyPath()).hasToString(component.getName());
                assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(NotNull.class);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerComponents")
    void nullElementInAContainerIsOneViolationInsideIt(String name, Class<?> recordType, int index) {
        RecordComponent component = recordType.getRecordComponents()[index];
        Object[] arguments = Samples.arguments(recordType);
        if (component.getType() == List.class) {
            List<Object> withNull = new ArrayList<>();
            withNull.add(null);
            arguments[index] = withNull;
        } else {
            Map<String, Object> withNull = new HashMap<>();
            withNull.put("key", null);
            arguments[index] = withNull;
        }

        Set<ConstraintViolation<Object>> violations = validator.validate(Samples.construct(recordType, arguments));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath().toString()).startsWith(component.getName() + "[");
            assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(NotNull.class);
        });
    }

    @Test
    void nestedRecordsAreValidatedWithTheirPath() {
        UserData user = new UserData(7, true, new UserPersonalData("learner", null));
        Object enrollment = Samples.construct(
                org.openedx.events.learning.data.CourseEnrollmentData.class,
                user,
                Samples.sample(org.openedx.events.learning.data.CourseData.class),
                "audit",
                true,
                Samples.TIME,
                null);

        assertThat(validator.validate(enrollment))
                .singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("user.pii.email"));
    }

    @Test
    void recordsInsideListsAreValidatedWithTheirPath() {
        CourseDiscussionConfigurationData configuration = new CourseDiscussionConfigurationData(
                CourseKey.parse("course-v1:edX+DemoX+Demo_Course"),
                "openedx",
                true,
                true,
                false,
                false,
                Map.of(),
                List.of(new DiscussionTopicContext(null)));

        assertThat(validator.validate(configuration))
                .singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("contexts[0].title"));
    }
}

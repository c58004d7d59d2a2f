package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.ValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.SenderValidationException;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.testing.LibraryLog;

/** How deployment sets payload validation up, without a container: each way it cannot run, and its warning. */
class PayloadValidationTest {

    private static final List<String> HIBERNATE = List.of("org.hibernate.validator.HibernateValidator");
    private static final CourseEnrollmentData WITHOUT_USER = new CourseEnrollmentData(
            null, new CourseData(CourseKey.parse("course-v1:edX+DemoX+Demo_Course")), "audit", true, Payloads.TIME);

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    @Test
    void offBySettingValidatesNothingAndSaysNothing() {
        PayloadValidation validation = PayloadValidation.of(false, false, false, this::unreachable, () -> HIBERNATE);

        validation.validator(this::unreachable).validate(LearningSignals.COURSE_ENROLLMENT_CREATED, WITHOUT_USER);

        assertThat(log.records()).isEmpty();
    }

    @Test
    void theDefaultProviderIsBuiltAtDeploymentAndRefusesANullRequiredField() {
        PayloadValidation validation = PayloadValidation.of(
                true, true, false, () -> BeanValidationPayloads.of(null), BeanValidationPayloads::providers);

        PayloadValidator validator = validation.validator(this::unreachable);

        assertThat(log.records()).isEmpty();
        assertThatThrownBy(() -> validator.validate(LearningSignals.COURSE_ENROLLMENT_CREATED, WITHOUT_USER))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageEndingWith("Invalid payload: enrollment.user: must not be null");
    }

    @Test
    void theContainersValidatorIsLookedUpWhenTheSenderIsMadeNotAtDeployment() {
        PayloadValidation validation = PayloadValidation.of(true, true, true, this::unreachable, () -> HIBERNATE);

        assertThat(validation.fromContainer()).isTrue();
        PayloadValidator validator = validation.validator(() ->
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());

        assertThatThrownBy(() -> validator.validate(LearningSignals.COURSE_ENROLLMENT_CREATED, WITHOUT_USER))
                .isInstanceOf(SenderValidationException.class);
        assertThat(log.records()).isEmpty();
    }

    @Test
    void withoutTheApiTheWarningNamesTheProviderToAddAndTheSetting() {
        PayloadValidation validation = PayloadValidation.of(true, false, false, this::unreachable, () -> HIBERNATE);

        validation.validator(this::unreachable).validate(LearningSignals.COURSE_ENROLLMENT_CREATED, WITHOUT_USER);

        assertThat(warnings())
                .containsExactly("OXE5003: Bean Validation of Open edX payloads is off: the Bean Validation API "
                        + "(jakarta.validation:jakarta.validation-api) is not on the class path. Payloads are not "
                        + "checked, so a null required field reaches the observers. Add a provider, "
                        + "org.hibernate.validator:hibernate-validator:8.0.6.Final, with the Jakarta Expression "
                        + "Language implementation it needs, org.glassfish.expressly:expressly:5.0.0 (a Jakarta EE "
                        + "server has both); or set openedx.events.bean-validation=false to run without validation on "
                        + "purpose");
    }

    @Test
    void withoutAProviderTheWarningIsGivenAtDeployment() {
        PayloadValidation validation = PayloadValidation.of(
                true,
                true,
                false,
                () -> {
                    throw new NoProviderFoundException("Unable to create a Configuration");
                },
                List::of);

        assertThat(warnings())
                .singleElement()
                .asString()
                .startsWith("OXE5003: Bean Validation of Open edX payloads is off: the Bean Validation API is on the "
                        + "class path, but no provider is. ")
                .contains("org.hibernate.validator:hibernate-validator:8.0.6.Final")
                .contains("org.glassfish.expressly:expressly:5.0.0")
                .endsWith("or set openedx.events.bean-validation=false to run without validation on purpose");
        assertThat(validation.validator(this::unreachable)).isSameAs(PayloadValidator.NONE);
    }

    @Test
    void aProviderWithoutExpressionLanguageIsNamedWithTheImplementationToAdd() {
        ValidationException hibernates = new ValidationException(
                "HV000183: Unable to initialize 'jakarta.el.ExpressionFactory'. Check that you have the EL "
                        + "dependencies on the classpath, or use ParameterMessageInterpolator instead",
                new NoClassDefFoundError("com/sun/el/ExpressionFactoryImpl"));

        PayloadValidation.of(
                true,
                true,
                false,
                () -> {
                    throw hibernates;
                },
                () -> HIBERNATE);

        assertThat(warnings())
                .containsExactly("OXE5004: Bean Validation of Open edX payloads is off: the Bean Validation provider "
                        + "org.hibernate.validator.HibernateValidator needs a Jakarta Expression Language "
                        + "implementation, and none is on the class path (HV000183: Unable to initialize "
                        + "'jakarta.el.ExpressionFactory'. Check that you have the EL dependencies on the classpath, "
                        + "or use ParameterMessageInterpolator instead). Payloads are not checked, so a null required "
                        + "field reaches the observers. Add org.glassfish.expressly:expressly:5.0.0; or set "
                        + "openedx.events.bean-validation=false to run without validation on purpose");
    }

    @Test
    void aMissingExpressionLanguageApiIsFoundInTheCauses() {
        String warning = PayloadValidation.problem(
                new ValidationException("could not start", new NoClassDefFoundError("jakarta/el/ELManager")),
                HIBERNATE);

        assertThat(warning).startsWith("OXE5004: ").contains("org.glassfish.expressly:expressly:5.0.0");
    }

    @Test
    void anyOtherFailureIsReportedWithItsReasonAndTheSetting() {
        String warning = PayloadValidation.problem(new ValidationException("bad META-INF/validation.xml"), HIBERNATE);

        assertThat(warning)
                .isEqualTo("OXE5002: Bean Validation of Open edX payloads is off: "
                        + "jakarta.validation.ValidationException: bad META-INF/validation.xml. Payloads are not "
                        + "checked, so a null required field reaches the observers. Fix the Bean Validation "
                        + "provider, or set openedx.events.bean-validation=false to run without validation on "
                        + "purpose");
    }

    @Test
    void aContainerValidatorThatFailsIsWarnedAboutOnceWhenTheSenderIsMade() {
        PayloadValidation validation = PayloadValidation.of(true, true, true, this::unreachable, () -> HIBERNATE);

        PayloadValidator validator = validation.validator(() -> {
            throw new ValidationException("the server's factory is closed");
        });

        assertThat(validator).isSameAs(PayloadValidator.NONE);
        assertThat(warnings()).singleElement().asString().startsWith("OXE5002: ");
    }

    private List<String> warnings() {
        assertThat(log.records()).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        return log.records().stream().map(LogRecord::getMessage).toList();
    }

    private <T> T unreachable() {
        throw new AssertionError("must not be called");
    }
}

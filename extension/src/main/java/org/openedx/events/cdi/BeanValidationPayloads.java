package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SenderValidationException;

/**
 * Bean Validation of payloads: every violation, as {@code dataKey.path: message}, sorted, in one
 * {@link SenderValidationException}.
 */
final class BeanValidationPayloads implements PayloadValidator {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final Validator validator;

    BeanValidationPayloads(Validator validator) {
        this.validator = validator;
    }

    /**
     * The validator to use: Bean Validation when the setting allows it and a provider is present, else none.
     *
     * @param enabled the {@code openedx.events.bean-validation} setting
     * @param containerValidator the container's {@code Validator}, if it offers one (may return null or throw
     *                           {@link LinkageError} when the API is absent)
     * @return the payload validator
     */
    static PayloadValidator create(boolean enabled, Supplier<Object> containerValidator) {
        if (!enabled) {
            return NONE;
        }
        try {
            Object fromContainer = containerValidator.get();
            if (fromContainer instanceof Validator provided) {
                return new BeanValidationPayloads(provided);
            }
            return new BeanValidationPayloads(
                    Validation.buildDefaultValidatorFactory().getValidator());
        } catch (RuntimeException | LinkageError e) {
            // No Bean Validation API or provider: payloads are delivered as upstream does, unvalidated.
            LOG.log(Level.INFO, () -> OpenEdxError.VALIDATION_UNAVAILABLE.format(e));
            return NONE;
        }
    }

    @Override
    public void validate(OpenEdxPublicSignal<?> signal, Object data) {
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (violations.isEmpty()) {
            return;
        }
        Set<String> problems = new TreeSet<>();
        for (ConstraintViolation<Object> violation : violations) {
            String path = violation.getPropertyPath().toString();
            problems.add(signal.dataKey() + (path.isEmpty() ? "" : "." + path) + ": " + violation.getMessage());
        }
        throw new SenderValidationException(
                signal.eventType(), OpenEdxError.SEND_CONSTRAINT_VIOLATION, String.join("; ", problems));
    }
}

package org.openedx.events.cdi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.spi.ValidationProvider;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SenderValidationException;

/**
 * Bean Validation of payloads: every violation, as {@code dataKey.path: message}, sorted, in one
 * {@link SenderValidationException}. The only class of the extension that refers to the Bean Validation API, so that
 * the others load without it ({@link PayloadValidation} checks for the API first).
 */
final class BeanValidationPayloads implements PayloadValidator {

    private final Validator validator;

    BeanValidationPayloads(Validator validator) {
        this.validator = validator;
    }

    /**
     * Payload validation with a validator: the container's when it offers one, else one of the default provider's.
     *
     * @param containerValidator the container's {@code Validator}, or null when it offers none
     * @return the payload validator
     * @throws RuntimeException or {@link LinkageError} when no validator can be built (no provider, a provider
     *     without what it needs)
     */
    static PayloadValidator of(Object containerValidator) {
        if (containerValidator instanceof Validator provided) {
            return new BeanValidationPayloads(provided);
        }
        return new BeanValidationPayloads(
                Validation.buildDefaultValidatorFactory().getValidator());
    }

    /**
     * Whether the container offers a {@code Validator} bean (a Jakarta EE server does; Weld SE does not).
     *
     * @param beanManager the container
     * @return true when a {@code Validator} bean is there
     */
    static boolean offeredBy(BeanManager beanManager) {
        return !beanManager.getBeans(Validator.class).isEmpty();
    }

    /**
     * The Bean Validation providers on the class path, as {@link Validation} finds them.
     *
     * @return their class names, e.g. {@code org.hibernate.validator.HibernateValidator}
     */
    static List<String> providers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> names = new ArrayList<>();
        ServiceLoader.load(
                        ValidationProvider.class,
                        loader != null ? loader : BeanValidationPayloads.class.getClassLoader())
                .stream()
                .forEach(provider -> names.add(provider.type().getName()));
        return names;
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

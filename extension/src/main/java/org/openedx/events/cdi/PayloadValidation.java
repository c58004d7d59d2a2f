package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.inject.spi.BeanManager;

import org.openedx.events.OpenEdxError;
import org.openedx.events.support.Echo;

/**
 * Payload validation as deployment sets it up. With {@code openedx.events.bean-validation=false} payloads are not
 * validated and nothing is logged. Otherwise, when the container offers a {@code Validator} (a Jakarta EE server),
 * payloads are validated with it; when it does not (Weld SE), a validator of the default provider is built at
 * deployment. When Bean Validation cannot run, payloads are delivered unvalidated, as upstream does without its
 * checks, and one WARNING says what is missing and how to add it or turn validation off on purpose:
 * {@code OXE5003} (no Bean Validation API or provider), {@code OXE5004} (a provider without the Jakarta Expression
 * Language implementation it needs), {@code OXE5002} (any other failure).
 *
 * <p>Refers to no Bean Validation type itself: those live in {@link BeanValidationPayloads}, loaded only once the
 * API is known to be there.
 */
final class PayloadValidation {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    /** A class of the Bean Validation API, {@code jakarta.validation:jakarta.validation-api}. */
    static final String API_CLASS = "jakarta.validation.Validation";

    private final boolean fromContainer;
    private final PayloadValidator own;

    private PayloadValidation(boolean fromContainer, PayloadValidator own) {
        this.fromContainer = fromContainer;
        this.own = own;
    }

    /**
     * Sets validation up at deployment, warning when it cannot run.
     *
     * @param enabled the {@code openedx.events.bean-validation} setting
     * @param beanManager the container, asked whether it offers a {@code Validator}
     * @return the set-up
     */
    static PayloadValidation atDeployment(boolean enabled, BeanManager beanManager) {
        boolean api = enabled && apiPresent();
        return of(
                enabled,
                api,
                api && BeanValidationPayloads.offeredBy(beanManager),
                () -> BeanValidationPayloads.of(null),
                BeanValidationPayloads::providers);
    }

    /**
     * Sets validation up from what deployment found (the steps of {@link #atDeployment}, for tests).
     *
     * @param enabled the {@code openedx.events.bean-validation} setting
     * @param apiPresent whether the Bean Validation API is on the class path
     * @param containerOffersValidator whether the container offers a {@code Validator} bean
     * @param defaultValidator builds a validator of the default provider; may throw
     * @param providers the names of the providers on the class path
     * @return the set-up
     */
    static PayloadValidation of(
            boolean enabled,
            boolean apiPresent,
            boolean containerOffersValidator,
            Supplier<PayloadValidator> defaultValidator,
            Supplier<List<String>> providers) {
        if (!enabled) {
            return new PayloadValidation(false, PayloadValidator.NONE);
        }
        if (!apiPresent) {
            warn(OpenEdxError.VALIDATION_NO_PROVIDER.format(
                    "the Bean Validation API (jakarta.validation:jakarta.validation-api) is not on the class path",
                    Settings.BEAN_VALIDATION));
            return new PayloadValidation(false, PayloadValidator.NONE);
        }
        if (containerOffersValidator) {
            return new PayloadValidation(true, null);
        }
        return new PayloadValidation(false, build(defaultValidator, providers));
    }

    /**
     * The validator of sends. The container's {@code Validator} is looked up here, when the sender is made, not at
     * deployment: a server sets its own up.
     *
     * @param containerValidator the container's {@code Validator} (may throw {@link LinkageError})
     * @return the payload validator
     */
    PayloadValidator validator(Supplier<Object> containerValidator) {
        if (!fromContainer) {
            return own;
        }
        return build(() -> BeanValidationPayloads.of(containerValidator.get()), BeanValidationPayloads::providers);
    }

    /** {@return whether payloads are validated with the container's {@code Validator}} */
    boolean fromContainer() {
        return fromContainer;
    }

    private static PayloadValidator build(Supplier<PayloadValidator> validator, Supplier<List<String>> providers) {
        try {
            return validator.get();
        } catch (RuntimeException | LinkageError e) {
            warn(problem(e, names(providers)));
            return PayloadValidator.NONE;
        }
    }

    private static List<String> names(Supplier<List<String>> providers) {
        try {
            return providers.get();
        } catch (RuntimeException | LinkageError e) {
            // ServiceConfigurationError: a provider is listed but cannot be loaded, which is not "no provider"
            return List.of("(a provider that cannot be loaded: " + Echo.of(e.toString()) + ")");
        }
    }

    /**
     * The warning for a validator that could not be built: {@code OXE5003} without providers, {@code OXE5004} when
     * the failure is the missing Expression Language implementation, {@code OXE5002} otherwise.
     *
     * @param failure what building the validator threw
     * @param providers the providers on the class path
     * @return the coded message
     */
    static String problem(Throwable failure, List<String> providers) {
        if (providers.isEmpty() || isA(failure, "jakarta.validation.NoProviderFoundException")) {
            return OpenEdxError.VALIDATION_NO_PROVIDER.format(
                    "the Bean Validation API is on the class path, but no provider is", Settings.BEAN_VALIDATION);
        }
        if (causedByMissingExpressionLanguage(failure)) {
            return OpenEdxError.VALIDATION_NO_EXPRESSION_LANGUAGE.format(
                    String.join(", ", providers),
                    Echo.of(String.valueOf(failure.getMessage())),
                    Settings.BEAN_VALIDATION);
        }
        return OpenEdxError.VALIDATION_UNAVAILABLE.format(Echo.of(failure.toString()), Settings.BEAN_VALIDATION);
    }

    /**
     * Whether a failure comes from the missing Jakarta Expression Language API or implementation: a class of either
     * cannot be found (Hibernate Validator reports it as {@code HV000183: Unable to initialize
     * 'jakarta.el.ExpressionFactory'}).
     */
    private static boolean causedByMissingExpressionLanguage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).replace('/', '.').toLowerCase(Locale.ROOT);
            if (text.contains("jakarta.el.")
                    || text.contains("com.sun.el.")
                    || text.contains("org.glassfish.expressly")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Throwable failure, String className) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static boolean apiPresent() {
        try {
            Class.forName(API_CLASS, false, PayloadValidation.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void warn(String message) {
        LOG.log(Level.WARNING, message);
    }
}

package org.openedx.events.cdi;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * Validates a payload before delivery; the Bean Validation implementation is {@link BeanValidationPayloads}.
 */
@FunctionalInterface
interface PayloadValidator {

    /** A validator that accepts everything (Bean Validation off or absent). */
    PayloadValidator NONE = (signal, data) -> {};

    /**
     * Checks a payload.
     *
     * @param signal the signal it is sent with
     * @param data the payload, not null and of the signal's type
     * @throws org.openedx.events.SenderValidationException listing every problem
     */
    void validate(OpenEdxPublicSignal<?> signal, Object data);
}

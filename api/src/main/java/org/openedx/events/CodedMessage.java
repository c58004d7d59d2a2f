package org.openedx.events;

import java.util.Locale;

/**
 * A message of this library with a stable code: what every module's message catalog is made of.
 *
 * <p>Each module owns one catalog, an enum implementing this interface: {@link OpenEdxError} here (the contract and
 * the CDI extension, {@code OXE1xxx}–{@code OXE5xxx}), the wire formats' ({@code OXE6xxx}) and the event-bus
 * modules' ({@code OXE7xxx}). Codes have the form {@code OXE} followed by four digits, are unique across all
 * modules, and never change meaning once released: a retired entry stays, deprecated, and its code is not reused.
 *
 * <p>Messages are shaped as: the rule that was broken, then the offender, then what is allowed. Templates are
 * {@link String#format(String, Object...)} patterns formatted with {@link Locale#ROOT}.
 */
public interface CodedMessage {

    /** {@return the stable code, e.g. {@code OXE2002}} */
    String code();

    /** {@return the message template, a {@link String#format(String, Object...)} pattern} */
    String template();

    /**
     * The message text with its arguments, without the code.
     *
     * @param args the arguments of the template
     * @return the formatted text
     */
    default String text(Object... args) {
        return String.format(Locale.ROOT, template(), args);
    }

    /**
     * The message with its code in front, e.g. {@code OXE4001: Unknown Open edX event type ...}.
     *
     * @param args the arguments of the template
     * @return the coded message
     */
    default String format(Object... args) {
        return code() + ": " + text(args);
    }
}

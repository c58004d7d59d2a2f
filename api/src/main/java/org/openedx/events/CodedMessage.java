package org.openedx.events;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * A message of this library with a stable code: what every module's message catalog is made of.
 *
 * <p>Each module owns one catalog, an enum implementing this interface whose constants carry their code and template
 * in a {@link Message} annotation: {@link OpenEdxError} here (the contract and the CDI extension, {@code OXE1xxx}–
 * {@code OXE5xxx}), the wire formats' ({@code OXE6xxx}) and the event-bus modules' ({@code OXE7xxx}). Codes have the
 * form {@code OXE} followed by four digits, are unique across all modules, and never change meaning once released: a
 * retired entry stays, deprecated, and its code is not reused.
 *
 * <pre>{@code
 * public enum RedisError implements CodedMessage {
 *     @Message(code = "OXE7101", value = "Setting '%s' is required for the Redis event bus, e.g. %s")
 *     SETTING_MISSING,
 * }
 * }</pre>
 *
 * <p>Messages are shaped as: the rule that was broken, then the offender, then what is allowed. Templates are
 * {@link String#format(String, Object...)} patterns formatted with {@link Locale#ROOT}.
 */
public interface CodedMessage {

    /** The code and template of one catalog entry (an enum constant). */
    @Documented
    @Retention(RUNTIME)
    @Target(FIELD)
    @interface Message {

        /**
         * The stable code.
         *
         * @return e.g. {@code OXE2002}
         */
        String code();

        /**
         * The template.
         *
         * @return a {@link String#format(String, Object...)} pattern
         */
        String value();
    }

    /**
     * The entry's code, from its {@link Message}.
     *
     * @return the stable code, e.g. {@code OXE2002}
     */
    default String code() {
        return MessageDefinitions.of(this).code();
    }

    /**
     * The entry's template, from its {@link Message}.
     *
     * @return the message template, a {@link String#format(String, Object...)} pattern
     */
    default String template() {
        return MessageDefinitions.of(this).value();
    }

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

package org.openedx.events.sample.request;

import java.util.Objects;

/**
 * What is wrong with one part of a request.
 *
 * @param field the field as a dotted path into the JSON body, e.g. {@code user.email}; {@value #BODY} for the
 *              body as a whole; or the name of a query parameter or header, e.g. {@code user_id}
 * @param reason what was wrong and what is allowed; it never repeats personal data (user name, e-mail, full name)
 */
public record FieldProblem(String field, String reason) {

    /** The field name used for problems with the body as a whole (not JSON, not an object). */
    public static final String BODY = "body";

    /**
     * Checks the components.
     *
     * @param field the field, a dotted path or {@value #BODY}
     * @param reason what was wrong and what is allowed
     * @throws NullPointerException if a component is null
     */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}

package org.openedx.events.sample.request;

import java.util.List;

/** Reads query parameters, refusing a bad one with a reason instead of letting the container answer 404. */
public final class QueryParameters {

    private QueryParameters() {}

    /**
     * An optional whole number of at least 1, such as a user id.
     *
     * @param name the parameter's name, e.g. {@code user_id}
     * @param raw its value as sent, or null when absent
     * @return the number, or null when the parameter is absent
     * @throws InvalidRequestException of kind {@code INVALID_QUERY_PARAMETER} naming the parameter, when it is not
     *     a whole number from 1 to {@value Long#MAX_VALUE}
     */
    public static Long positiveLong(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.matches("[0-9]{1,19}")) {
            try {
                long value = Long.parseLong(raw);
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // more than Long.MAX_VALUE: refused below
            }
        }
        throw new InvalidRequestException(
                InvalidRequestException.Kind.INVALID_QUERY_PARAMETER,
                List.of(new FieldProblem(
                        name,
                        "must be a whole number from 1 to " + Long.MAX_VALUE + ", was '" + StrictJsonReader.echo(raw)
                                + "'")));
    }
}

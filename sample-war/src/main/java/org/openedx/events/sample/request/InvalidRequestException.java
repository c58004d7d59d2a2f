package org.openedx.events.sample.request;

import java.util.List;

/**
 * A request body that cannot become an event. Thrown before anything is sent or stored.
 */
public class InvalidRequestException extends RuntimeException {

    /** The version of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Kind {
        /** The body is not JSON at all. */
        MALFORMED_JSON,
        /** The body is JSON, but one or more fields are missing, of the wrong type or invalid. */
        INVALID_FIELDS
    }

    /** Why the request was refused. */
    private final Kind kind;
    /** What was wrong; not serialized (the message holds the same text). */
    private final transient List<FieldProblem> problems;

    /**
     * Creates the exception.
     *
     * @param kind why the request was refused
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public InvalidRequestException(Kind kind, List<FieldProblem> problems) {
        super(describe(problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /**
     * Why the request was refused.
     *
     * @return the kind of refusal
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Every problem found, in the order of the request's fields.
     *
     * @return the problems, never empty
     */
    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid request needs at least one problem");
        }
        StringBuilder out = new StringBuilder();
        for (FieldProblem problem : problems) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(problem.field()).append(": ").append(problem.reason());
        }
        return out.toString();
    }
}

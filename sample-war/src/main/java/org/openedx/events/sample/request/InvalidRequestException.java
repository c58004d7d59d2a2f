package org.openedx.events.sample.request;

import java.util.List;

/**
 * A request that cannot become an event, or a query that cannot be answered. Thrown before anything is sent or
 * stored.
 *
 * <p>It keeps the first {@value #MAX_PROBLEMS} problems found and the count of all of them, so that a hostile body
 * (a megabyte of unknown fields, say) gets an answer and a log line of bounded size.
 */
public class InvalidRequestException extends RuntimeException {

    /** The version of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** The most problems an exception keeps (and a response lists). */
    public static final int MAX_PROBLEMS = 20;

    /** Why a request was refused. */
    public enum Kind {
        /** The body is not JSON at all (or not UTF-8, or nests deeper than the reader allows). */
        MALFORMED_JSON,
        /** The body is JSON, but one or more fields are missing, repeated, of the wrong type or invalid. */
        INVALID_FIELDS,
        /** A query parameter is not what the endpoint accepts. */
        INVALID_QUERY_PARAMETER,
        /** The body is longer than {@link RequestBody#MAX_BYTES}. */
        BODY_TOO_LARGE
    }

    /** Why the request was refused. */
    private final Kind kind;
    /** What was wrong; not serialized (the message holds the same text). */
    private final transient List<FieldProblem> problems;
    /** How many problems were found, kept or not. */
    private final int total;

    /**
     * Creates the exception.
     *
     * @param kind why the request was refused
     * @param problems every problem found, at least one; the first {@value #MAX_PROBLEMS} are kept
     * @throws IllegalArgumentException if there is no problem
     */
    public InvalidRequestException(Kind kind, List<FieldProblem> problems) {
        super(describe(problems));
        this.kind = kind;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.total = problems.size();
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
     * The problems found, in the order of the request's fields: all of them, or the first {@value #MAX_PROBLEMS}.
     *
     * @return the problems, never empty
     */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * How many problems were found, including those beyond {@value #MAX_PROBLEMS} that {@link #problems()} leaves
     * out.
     *
     * @return the count, at least 1
     */
    public int total() {
        return total;
    }

    private static String describe(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid request needs at least one problem");
        }
        StringBuilder out = new StringBuilder();
        for (FieldProblem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(problem.field()).append(": ").append(problem.reason());
        }
        if (problems.size() > MAX_PROBLEMS) {
            out.append("; and ").append(problems.size() - MAX_PROBLEMS).append(" more problem(s)");
        }
        return out.toString();
    }
}

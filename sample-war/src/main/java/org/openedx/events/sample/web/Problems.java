package org.openedx.events.sample.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import org.openedx.events.sample.request.FieldProblem;
import org.openedx.events.sample.request.InvalidRequestException;

/**
 * RFC 9457 problem documents. Besides the standard members ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}) a bad-request problem has {@code field} and {@code reason} for the first bad
 * field, and {@code errors} with every bad field as {@code {"field": ..., "reason": ...}}.
 */
public final class Problems {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem type: the body is not JSON. */
    public static final String MALFORMED_JSON = "urn:openedx-events-sample:problem:malformed-json";

    /** Problem type: fields are missing, of the wrong type or invalid. */
    public static final String INVALID_FIELDS = "urn:openedx-events-sample:problem:invalid-fields";

    /** Problem type: the enrollment's transaction was rolled back on purpose (mode {@code rollback-demo}). */
    public static final String ROLLED_BACK = "urn:openedx-events-sample:problem:rolled-back";

    private Problems() {}

    /**
     * The 400 response for an invalid request.
     *
     * @param e the problems
     * @param instance the request path
     * @return the response
     */
    public static Response badRequest(InvalidRequestException e, String instance) {
        boolean malformed = e.kind() == InvalidRequestException.Kind.MALFORMED_JSON;
        List<FieldProblem> problems = e.problems();
        FieldProblem first = problems.get(0);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (FieldProblem problem : problems) {
            errors.add(Json.createObjectBuilder().add("field", problem.field()).add("reason", problem.reason()));
        }
        JsonObject body = problem(
                        malformed ? MALFORMED_JSON : INVALID_FIELDS,
                        malformed ? "Malformed JSON" : "Invalid request fields",
                        400,
                        e.getMessage(),
                        instance)
                .add("field", first.field())
                .add("reason", first.reason())
                .add("errors", errors)
                .build();
        return Response.status(400).type(MEDIA_TYPE).entity(body.toString()).build();
    }

    /**
     * The common members of a problem document.
     *
     * @param type the problem type URI
     * @param title a short summary of the problem type
     * @param status the HTTP status
     * @param detail what happened in this occurrence
     * @param instance the request path
     * @return a builder holding them, for extension members
     */
    public static JsonObjectBuilder problem(String type, String title, int status, String detail, String instance) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", instance);
    }
}

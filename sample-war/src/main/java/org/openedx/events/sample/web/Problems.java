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
 * RFC 9457 problem documents ({@value #MEDIA_TYPE}), the answer to every request this API refuses. Besides the
 * standard members ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}) a problem with a
 * culprit (a field of the body, the body itself, a query parameter, the {@code Content-Type}) has {@code field} and
 * {@code reason} for the first one, and {@code errors} with every one as {@code {"field": ..., "reason": ...}}
 * (at most {@value InvalidRequestException#MAX_PROBLEMS}; the {@code detail} counts the others). The container's own
 * refusals without a culprit (404, 405, 406) have the standard members only, with the type {@value #ABOUT_BLANK}.
 */
public final class Problems {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem type (400): the body is not JSON, not UTF-8, or nests deeper than the reader allows. */
    public static final String MALFORMED_JSON = "urn:openedx-events-sample:problem:malformed-json";

    /** Problem type (400): fields are missing, repeated, too long, of the wrong type or invalid. */
    public static final String INVALID_FIELDS = "urn:openedx-events-sample:problem:invalid-fields";

    /** Problem type (400): a query parameter is not what the endpoint accepts. */
    public static final String INVALID_QUERY_PARAMETER = "urn:openedx-events-sample:problem:invalid-query-parameter";

    /** Problem type (413): the body is longer than the API reads. */
    public static final String BODY_TOO_LARGE = "urn:openedx-events-sample:problem:body-too-large";

    /** Problem type (415): the body is not {@code application/json}. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:openedx-events-sample:problem:unsupported-media-type";

    /** Problem type (500): the enrollment's transaction was rolled back on purpose (mode {@code rollback-demo}). */
    public static final String ROLLED_BACK = "urn:openedx-events-sample:problem:rolled-back";

    /** RFC 9457's type of a problem that says no more than its HTTP status. */
    public static final String ABOUT_BLANK = "about:blank";

    private Problems() {}

    /**
     * The response to an invalid request: 400, or 413 for a body that is too large.
     *
     * @param e the problems
     * @param instance the request path
     * @return the response
     */
    public static Response invalidRequest(InvalidRequestException e, String instance) {
        JsonObject body = document(e, instance);
        return Response.status(body.getInt("status"))
                .type(MEDIA_TYPE)
                .entity(body.toString())
                .build();
    }

    /**
     * The problem document of an invalid request.
     *
     * @param e the problems
     * @param instance the request path
     * @return the document
     */
    static JsonObject document(InvalidRequestException e, String instance) {
        return switch (e.kind()) {
            case MALFORMED_JSON -> withCulprits(MALFORMED_JSON, "Malformed JSON", 400, e, instance);
            case INVALID_FIELDS -> withCulprits(INVALID_FIELDS, "Invalid request fields", 400, e, instance);
            case INVALID_QUERY_PARAMETER ->
                withCulprits(INVALID_QUERY_PARAMETER, "Invalid query parameter", 400, e, instance);
            case BODY_TOO_LARGE -> withCulprits(BODY_TOO_LARGE, "Request body too large", 413, e, instance);
        };
    }

    /**
     * The problem document of a body that is not JSON, with the {@code Content-Type} as its culprit.
     *
     * @param contentType the request's {@code Content-Type}, or null when it has none
     * @param instance the request path
     * @return the document (status 415)
     */
    static JsonObject unsupportedMediaType(String contentType, String instance) {
        String reason = (contentType == null ? "is missing" : "is '" + RequestLog.printable(contentType) + "'")
                + "; this endpoint accepts application/json";
        return withCulprits(
                UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                415,
                new InvalidRequestException(
                        InvalidRequestException.Kind.INVALID_FIELDS, List.of(new FieldProblem("Content-Type", reason))),
                instance);
    }

    private static JsonObject withCulprits(
            String type, String title, int status, InvalidRequestException e, String instance) {
        List<FieldProblem> problems = e.problems();
        FieldProblem first = problems.get(0);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (FieldProblem problem : problems) {
            errors.add(Json.createObjectBuilder().add("field", problem.field()).add("reason", problem.reason()));
        }
        return problem(type, title, status, e.getMessage(), instance)
                .add("field", first.field())
                .add("reason", first.reason())
                .add("errors", errors)
                .build();
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

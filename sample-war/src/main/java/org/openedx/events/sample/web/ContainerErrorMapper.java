package org.openedx.events.sample.web;

import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the container's own refusals a problem document instead of an empty body: a wrong {@code Content-Type} (415,
 * with the header as its culprit), an unknown path (404), a method the path does not take (405, keeping the
 * {@code Allow} header), an {@code Accept} the endpoint cannot answer (406), and any other status of 400 or more
 * ({@value Problems#ABOUT_BLANK} with the status's reason). A response that already has a body, and one below 400
 * (a redirection), is left as it is. Logs one line per refusal.
 */
@Provider
public class ContainerErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original == null || original.getStatus() < 400 || original.hasEntity()) {
            return original;
        }
        String instance = uriInfo.getRequestUri().getPath();
        JsonObject body = e instanceof NotSupportedException
                ? Problems.unsupportedMediaType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), instance)
                : Problems.problem(
                                Problems.ABOUT_BLANK,
                                reasonPhrase(original),
                                original.getStatus(),
                                detail(e, original, instance),
                                instance)
                        .build();
        RequestLog.refused(request.getMethod(), body);
        return Response.fromResponse(original)
                .type(Problems.MEDIA_TYPE)
                .entity(body.toString())
                .build();
    }

    private String detail(WebApplicationException e, Response original, String instance) {
        if (e instanceof NotFoundException) {
            return "No resource of this API is at " + RequestLog.printable(instance) + "; its resources are "
                    + "enrollments, registrations, xblocks/published, events, preferences and catalog, under "
                    + "/sample/api";
        }
        if (e instanceof NotAllowedException) {
            return request.getMethod() + " is not allowed on " + RequestLog.printable(instance) + "; allowed: "
                    + String.join(", ", original.getAllowedMethods());
        }
        if (e instanceof NotAcceptableException) {
            return "This endpoint answers application/json (and application/problem+json for problems), which the "
                    + "request's Accept header does not allow";
        }
        return reasonPhrase(original);
    }

    private static String reasonPhrase(Response response) {
        Response.StatusType status = response.getStatusInfo();
        String phrase = status == null ? null : status.getReasonPhrase();
        return phrase == null || phrase.isBlank() ? "HTTP " + response.getStatus() : phrase;
    }
}

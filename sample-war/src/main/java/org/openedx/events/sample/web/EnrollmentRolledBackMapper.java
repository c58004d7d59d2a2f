package org.openedx.events.sample.web;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers an enrollment whose transaction was rolled back on purpose ({@value Enrollments#ROLLBACK_MODE}) with 500
 * and an RFC 9457 problem document that carries the send ({@code event}: the event's metadata and every receiver's
 * outcome, as a successful enrollment answers).
 */
@Provider
public class EnrollmentRolledBackMapper implements ExceptionMapper<EnrollmentRolledBackException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(EnrollmentRolledBackException e) {
        SendLog.rolledBack(e.result());
        JsonObject body = Problems.problem(
                        Problems.ROLLED_BACK,
                        "Enrollment rolled back",
                        500,
                        "The enrollment mode '" + Enrollments.ROLLBACK_MODE + "' makes the request fail after the event"
                                + " was sent: its transaction was rolled back, so nothing it wrote was kept and the"
                                + " AFTER_SUCCESS observers and the event bus did not get the event",
                        uriInfo.getRequestUri().getPath())
                .add("event", JsonViews.sendResult(e.result()))
                .build();
        return Response.status(500)
                .type(Problems.MEDIA_TYPE)
                .entity(body.toString())
                .build();
    }
}

package org.openedx.events.sample.web;

import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.sample.request.RegistrationRequest;
import org.openedx.events.sample.request.RequestBody;

/**
 * {@code POST /sample/api/registrations}: completes a registration, sending STUDENT_REGISTRATION_COMPLETED to the
 * asynchronous observers. The response waits (at most {@value #WAIT_SECONDS} s) for them, to show their outcome.
 */
@Path("registrations")
@RequestScoped
public class RegistrationResource {

    /** How long the response waits for the asynchronous observers. */
    static final int WAIT_SECONDS = 10;

    @Inject
    OpenEdxEvents events;

    @Context
    UriInfo uriInfo;

    /**
     * Checks the request, then sends the event asynchronously and waits for its observers.
     *
     * @param body the request (at most {@value RequestBody#MAX_BYTES} bytes), see {@link RegistrationRequest}
     * @return the event's {@code id} and {@code time} and every receiver's outcome
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(InputStream body) {
        RegistrationRequest request = RegistrationRequest.parse(RequestBody.read(body));
        SendResult result;
        try {
            result = events.sendAsync(LearningSignals.STUDENT_REGISTRATION_COMPLETED, request.user())
                    .toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted while waiting for the asynchronous observers");
        } catch (TimeoutException e) {
            return unavailable("the asynchronous observers did not finish within " + WAIT_SECONDS + " s");
        } catch (ExecutionException e) {
            // Robust sends complete normally; only a non-robust send (debug setting) fails the stage.
            return unavailable("an asynchronous observer failed: " + e.getCause());
        }
        SendLog.sent(result);
        return Response.ok(JsonViews.sendResult(result).build().toString(), MediaType.APPLICATION_JSON)
                .build();
    }

    private Response unavailable(String detail) {
        String body = Problems.problem(
                        "urn:openedx-events-sample:problem:async-delivery",
                        "Asynchronous delivery incomplete",
                        503,
                        detail,
                        uriInfo.getRequestUri().getPath())
                .build()
                .toString();
        return Response.status(503).type(Problems.MEDIA_TYPE).entity(body).build();
    }
}

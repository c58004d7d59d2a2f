package org.openedx.events.sample.web;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.SendResult;
import org.openedx.events.sample.request.EnrollmentRequest;
import org.openedx.events.sample.request.RequestBody;

/** {@code POST /sample/api/enrollments}: enrolls a learner, sending COURSE_ENROLLMENT_CREATED. */
@Path("enrollments")
@RequestScoped
public class EnrollmentResource {

    @Inject
    Enrollments enrollments;

    /**
     * Checks the request, then sends the event in a transaction.
     *
     * @param body the request (at most {@value RequestBody#MAX_BYTES} bytes), see {@link EnrollmentRequest}
     * @return the event's {@code id} and {@code time} and every receiver's outcome
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String enroll(InputStream body) {
        EnrollmentRequest request = EnrollmentRequest.parse(RequestBody.read(body));
        SendResult result = enrollments.enroll(request);
        SendLog.sent(result);
        return JsonViews.sendResult(result).build().toString();
    }
}

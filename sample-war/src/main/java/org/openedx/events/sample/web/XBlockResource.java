package org.openedx.events.sample.web;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.sample.request.RequestBody;
import org.openedx.events.sample.request.XBlockPublishedRequest;

/** {@code POST /sample/api/xblocks/published}: a block was published in Studio, sending XBLOCK_PUBLISHED. */
@Path("xblocks/published")
@RequestScoped
public class XBlockResource {

    @Inject
    OpenEdxEvents events;

    /**
     * Checks the request, then sends the event.
     *
     * @param body the request (at most {@value RequestBody#MAX_BYTES} bytes), see {@link XBlockPublishedRequest}
     * @return the event's {@code id} and {@code time} and every receiver's outcome
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String published(InputStream body) {
        XBlockPublishedRequest request = XBlockPublishedRequest.parse(RequestBody.read(body));
        SendResult result = events.send(ContentAuthoringSignals.XBLOCK_PUBLISHED, request.toXBlock());
        SendLog.sent(result);
        return JsonViews.sendResult(result).build().toString();
    }
}

package org.openedx.events.sample.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openedx.events.sample.request.InvalidRequestException;

/**
 * Answers an invalid request with an RFC 9457 problem document: 400, or 413 for a body that is too large. Logs one
 * line.
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(InvalidRequestException e) {
        String instance = uriInfo.getRequestUri().getPath();
        RequestLog.refused(request.getMethod(), Problems.document(e, instance));
        return Problems.invalidRequest(e, instance);
    }
}

package org.openedx.events.sample.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openedx.events.sample.request.InvalidRequestException;

/** Answers an invalid request with 400 and an RFC 9457 problem document. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException e) {
        return Problems.badRequest(e, uriInfo.getRequestUri().getPath());
    }
}

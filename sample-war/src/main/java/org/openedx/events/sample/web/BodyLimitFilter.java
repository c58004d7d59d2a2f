package org.openedx.events.sample.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.openedx.events.sample.request.InvalidRequestException;
import org.openedx.events.sample.request.RequestBody;

/**
 * Refuses a request whose {@code Content-Length} is over {@link RequestBody#MAX_BYTES} with 413 and a problem
 * document, before anything reads its body (the server's own limit, WildFly's 10 MB, would otherwise answer with an
 * empty body). A body without a declared length is bounded by {@link RequestBody#read} instead. Logs one line.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.strip().matches("[0-9]+")) {
            return; // none, or one the server refuses itself
        }
        String digits = declared.strip().replaceFirst("^0+(?=.)", "");
        long length;
        try {
            length = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            length = Long.MAX_VALUE; // more than 19 digits
        }
        if (length <= RequestBody.MAX_BYTES) {
            return;
        }
        InvalidRequestException tooLarge =
                RequestBody.tooLarge(digits.length() <= 20 ? digits : "more than " + RequestBody.MAX_BYTES);
        String instance = request.getUriInfo().getRequestUri().getPath();
        RequestLog.refused(request.getMethod(), Problems.document(tooLarge, instance));
        request.abortWith(Problems.invalidRequest(tooLarge, instance));
    }
}

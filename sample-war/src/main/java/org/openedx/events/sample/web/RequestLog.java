package org.openedx.events.sample.web;

import java.lang.System.Logger.Level;

import jakarta.json.JsonObject;

/**
 * One log line per refused request: the method, the path, the status, the problem type and its detail. Details never
 * hold personal data (see {@link org.openedx.events.sample.request.FieldProblem}), and control characters are shown
 * as {@code U+XXXX}, so that a request cannot break the line.
 */
final class RequestLog {

    private static final System.Logger LOG = System.getLogger("org.openedx.events.sample");

    private RequestLog() {}

    /**
     * Logs a refusal: {@code Refused POST /sample/api/enrollments: 400 urn:...:malformed-json: body: ...}, at INFO for
     * the client's errors (4xx), at WARNING for the server's.
     *
     * @param method the request's method
     * @param problem the problem document answered
     */
    static void refused(String method, JsonObject problem) {
        int status = problem.getInt("status");
        LOG.log(
                status >= 500 ? Level.WARNING : Level.INFO,
                "Refused {0} {1}: {2} {3}: {4}",
                printable(method),
                printable(problem.getString("instance")),
                Integer.toString(status),
                problem.getString("type"),
                printable(problem.getString("detail")));
    }

    /**
     * A text with its control characters shown as {@code U+XXXX}.
     *
     * @param text the text
     * @return the text on one line
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

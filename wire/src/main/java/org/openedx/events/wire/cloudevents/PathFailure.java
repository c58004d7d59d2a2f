package org.openedx.events.wire.cloudevents;

import java.util.ArrayDeque;
import java.util.Deque;

/** An internal failure that collects the JSON path of the failing value while it unwinds. */
final class PathFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Deque<String> segments = new ArrayDeque<>();

    PathFailure(String problem) {
        super(problem, null, false, false);
    }

    PathFailure(String problem, Throwable cause) {
        super(problem, cause, false, false);
    }

    PathFailure inField(String name) {
        segments.addFirst("." + name);
        return this;
    }

    PathFailure atIndex(int index) {
        segments.addFirst("[" + index + "]");
        return this;
    }

    PathFailure atKey(String key) {
        segments.addFirst("[\"" + key + "\"]");
        return this;
    }

    String path(String root) {
        StringBuilder out = new StringBuilder(root);
        segments.forEach(out::append);
        return out.toString();
    }

    String problem() {
        return getMessage();
    }
}

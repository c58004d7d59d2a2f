package org.openedx.events.wire.avro;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An internal failure raised deep inside a codec, which collects the path of the failing value while it unwinds
 * (each record, list and map on the way prepends its segment), so that the success path carries no path bookkeeping
 * at all. The public methods turn it into an {@link AvroCodecException}.
 */
class CodecFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Deque<String> segments = new ArrayDeque<>();

    CodecFailure(String problem) {
        super(problem, null, false, false);
    }

    CodecFailure(String problem, Throwable cause) {
        super(problem, cause, false, false);
    }

    /** Prepends a record field name. */
    CodecFailure inField(String name) {
        segments.addFirst("." + name);
        return this;
    }

    /** Prepends a list index. */
    CodecFailure atIndex(int index) {
        segments.addFirst("[" + index + "]");
        return this;
    }

    /** Prepends a map key. */
    CodecFailure atKey(String key) {
        segments.addFirst("[\"" + key + "\"]");
        return this;
    }

    /** The path below the given root, e.g. {@code enrollment.course.course_key}. */
    String path(String root) {
        StringBuilder out = new StringBuilder(root);
        segments.forEach(out::append);
        return out.toString();
    }

    /** What went wrong, without the path. */
    String problem() {
        return getMessage();
    }
}

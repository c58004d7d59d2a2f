package org.openedx.events.wire.payload;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A failure raised deep inside a codec or a check, which collects the path of the failing value while it unwinds:
 * each record, list and map on the way prepends its segment, so the success path carries no path bookkeeping at
 * all. The public entry points of the wire formats catch it and throw their documented exception, with the path
 * (e.g. {@code enrollment.course.course_key}) and the problem. It never escapes them.
 *
 * <p>No stack trace is filled in: it is an expected outcome on hostile input, and its cause (when there is one)
 * carries the interesting trace.
 */
public class PathFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Deque<String> segments = new ArrayDeque<>();

    /**
     * Creates a failure at the value being handled.
     *
     * @param problem what is wrong with the value, as the end of a sentence starting with its path
     *     (e.g. {@code "is null, but the field is required"})
     */
    public PathFailure(String problem) {
        super(problem, null, false, false);
    }

    /**
     * Creates a failure at the value being handled, with its cause.
     *
     * @param problem what is wrong with the value
     * @param cause the underlying exception
     */
    public PathFailure(String problem, Throwable cause) {
        super(problem, cause, false, false);
    }

    /**
     * Prepends a record field name.
     *
     * @param name the field's wire name
     * @return this failure
     */
    public PathFailure inField(String name) {
        segments.addFirst("." + name);
        return this;
    }

    /**
     * Prepends a list index.
     *
     * @param index the index
     * @return this failure
     */
    public PathFailure atIndex(int index) {
        segments.addFirst("[" + index + "]");
        return this;
    }

    /**
     * Prepends a map key.
     *
     * @param key the key
     * @return this failure
     */
    public PathFailure atKey(String key) {
        segments.addFirst("[\"" + key + "\"]");
        return this;
    }

    /**
     * The path below a root.
     *
     * @param root the first segment, e.g. the signal's data key
     * @return the path, e.g. {@code enrollment.course.course_key}
     */
    public String path(String root) {
        StringBuilder out = new StringBuilder(root);
        segments.forEach(out::append);
        return out.toString();
    }

    /** {@return what went wrong, without the path} */
    public String problem() {
        return getMessage();
    }
}

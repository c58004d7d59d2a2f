package org.openedx.events.cdi;

import java.util.ArrayList;
import java.util.List;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.instrumentation.SendInfo;

/**
 * One send in progress: what is being delivered, and what the observers did with it so far.
 *
 * <p>The sender binds a frame to its thread for the duration of a synchronous delivery (and to the worker thread
 * of each asynchronous notification); robust dispatch finds it there. Nested sends bind their own frame and
 * restore the outer one afterwards.
 */
final class DispatchFrame {

    private static final ThreadLocal<DispatchFrame> CURRENT = new ThreadLocal<>();

    private final EventDelivery delivery;
    private final Object payload;
    private final boolean robust;
    private final boolean shared;
    private final List<ReceiverResponse> responses;
    private Throwable abortCause;
    private volatile SendInfo sendInfo;

    /**
     * A frame for a synchronous send: only the sender's thread binds it and records into it.
     *
     * @param expectedResponses how many observers are likely to respond (the list of responses starts that large;
     *        growing it was a tenth of what each further observer allocated)
     */
    DispatchFrame(
            OpenEdxPublicSignal<?> signal,
            EventsMetadata metadata,
            boolean fromEventBus,
            Object payload,
            boolean robust,
            int expectedResponses) {
        this(new EventDelivery(signal, metadata, fromEventBus), payload, robust, false, expectedResponses);
    }

    /**
     * A frame that several threads may bind and record into at once (an asynchronous send).
     *
     * @return this send's frame, with its responses guarded by a lock
     */
    static DispatchFrame shared(
            OpenEdxPublicSignal<?> signal, EventsMetadata metadata, Object payload, boolean robust) {
        return new DispatchFrame(new EventDelivery(signal, metadata, false), payload, robust, true, 4);
    }

    /**
     * A frame for notifying an observer of this send again later (at transaction completion): the same delivery,
     * payload and robustness, with responses of its own (the send's result is long returned).
     */
    DispatchFrame again() {
        return new DispatchFrame(delivery, payload, robust, shared, 1);
    }

    private DispatchFrame(
            EventDelivery delivery, Object payload, boolean robust, boolean shared, int expectedResponses) {
        this.responses = new ArrayList<>(Math.max(1, expectedResponses));
        this.delivery = delivery;
        this.payload = payload;
        this.robust = robust;
        this.shared = shared;
    }

    /** {@return what the instrumentation may know of this send; made once, on first use} */
    SendInfo sendInfo() {
        SendInfo info = sendInfo;
        if (info == null) {
            info = new SendInfo(
                    delivery.signal().eventType(),
                    delivery.metadata().id().toString(),
                    robust,
                    delivery.fromEventBus());
            sendInfo = info; // a race makes an equal one: harmless
        }
        return info;
    }

    /** {@return the frame bound to this thread, or null outside a send} */
    static DispatchFrame current() {
        return CURRENT.get();
    }

    /**
     * Binds a frame to this thread.
     *
     * @param frame the frame, or null to unbind
     * @return the frame that was bound before, to pass to a later {@code bind} in a {@code finally}
     */
    static DispatchFrame bind(DispatchFrame frame) {
        DispatchFrame previous = CURRENT.get();
        // Unbinding stores null rather than removing the entry: a remove makes the next send's set insert a new
        // entry into the thread's map (with its clean-up scan), a measurable share of a send. The entry holds no
        // frame, so nothing outlives the send.
        CURRENT.set(frame);
        return previous;
    }

    /** {@return the signal, metadata and origin of this delivery} */
    EventDelivery delivery() {
        return delivery;
    }

    Object payload() {
        return payload;
    }

    /**
     * Whether an observer notification belongs to this send: the observed object is the very payload being sent,
     * and the observer watches this send's event type (or is an unqualified observer, which cannot tell types
     * apart). A plain {@code Event.fire} of the same payload as another type, from inside an observer, is not
     * this send's.
     */
    boolean delivers(Object candidate, String observedType) {
        return candidate == payload
                && (observedType == null
                        || observedType.equals(delivery.signal().eventType()));
    }

    boolean robust() {
        return robust;
    }

    /**
     * Records an observer's outcome. A synchronous send's frame is confined to the sender's thread, so it takes no
     * lock: a monitor per observer was a tenth of a ten-observer send (benchmarks/RESULTS.md).
     */
    void record(ReceiverResponse response) {
        if (shared) {
            synchronized (this) {
                responses.add(response);
            }
        } else {
            responses.add(response);
        }
    }

    /** Remembers the first exception of a non-robust send, so that the sender can rethrow it as thrown. */
    synchronized void abort(Throwable cause) {
        if (abortCause == null) {
            abortCause = cause;
        }
    }

    synchronized Throwable abortCause() {
        return abortCause;
    }

    List<ReceiverResponse> responses() {
        if (shared) {
            synchronized (this) {
                return List.copyOf(responses);
            }
        }
        return List.copyOf(responses);
    }
}

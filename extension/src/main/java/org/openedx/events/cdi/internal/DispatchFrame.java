package org.openedx.events.cdi.internal;

import java.util.ArrayList;
import java.util.List;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.ReceiverResponse;

/**
 * One send in progress: what is being delivered, and what the observers did with it so far.
 *
 * <p>The sender binds a frame to its thread for the duration of a synchronous delivery (and to the worker thread
 * of each asynchronous notification); the observer guard finds it there. Nested sends bind their own frame and
 * restore the outer one afterwards.
 */
public final class DispatchFrame {

    private static final ThreadLocal<DispatchFrame> CURRENT = new ThreadLocal<>();

    private final EventDelivery delivery;
    private final Object payload;
    private final boolean robust;
    private final List<ReceiverResponse> responses = new ArrayList<>(4);
    private Throwable abortCause;

    DispatchFrame(OpenEdxPublicSignal<?> signal, EventsMetadata metadata, boolean fromEventBus, Object payload,
            boolean robust) {
        this.delivery = new EventDelivery(signal, metadata, fromEventBus);
        this.payload = payload;
        this.robust = robust;
    }

    /**
     * A frame for notifying an observer of this send again later (at transaction completion): the same delivery,
     * payload and robustness, with responses of its own (the send's result is long returned).
     */
    DispatchFrame again() {
        return new DispatchFrame(delivery, payload, robust);
    }

    private DispatchFrame(EventDelivery delivery, Object payload, boolean robust) {
        this.delivery = delivery;
        this.payload = payload;
        this.robust = robust;
    }

    /** {@return the frame bound to this thread, or null outside a send} */
    public static DispatchFrame current() {
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
        if (frame == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(frame);
        }
        return previous;
    }

    /** {@return the signal, metadata and origin of this delivery} */
    public EventDelivery delivery() {
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
                && (observedType == null || observedType.equals(delivery.signal().eventType()));
    }

    boolean robust() {
        return robust;
    }

    synchronized void record(ReceiverResponse response) {
        responses.add(response);
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

    synchronized List<ReceiverResponse> responses() {
        return List.copyOf(responses);
    }
}

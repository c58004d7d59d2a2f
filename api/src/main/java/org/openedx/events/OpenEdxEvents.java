package org.openedx.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Sends Open edX events to their CDI observers (upstream's {@code send_event} and friends).
 *
 * <p>Inject it wherever events are emitted; the CDI extension provides an {@code @ApplicationScoped}
 * implementation:
 * <pre>{@code
 * @Inject OpenEdxEvents events;
 *
 * SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, enrollment);
 * }</pre>
 *
 * <p>Every send follows upstream's order: metadata first (a bad time fails even for a disabled signal); then, if
 * the signal is disabled, nothing else happens and the result says {@code sent() == false}; then validation (the
 * data argument, then Bean Validation of the payload when a provider is present and the setting allows it);
 * then delivery. Nothing is delivered when validation fails.
 *
 * <p>Delivery is <em>robust</em> by default: every observer runs, and an observer's exception is recorded in the
 * {@link SendResult} (and logged at WARNING) instead of stopping the others. It is non-robust when
 * {@link SendOptions#robust()} is false, when the debug setting is on, or after {@link #allowSendEventFailure}:
 * then the first observer exception reaches the caller as thrown and later observers do not run.
 *
 * <p>The enabled and allow-failure switches belong to the application (the container), not to the signal
 * constants, so two applications in one server do not affect each other.
 */
public interface OpenEdxEvents {

    /**
     * Sends an event robustly, with the current time.
     *
     * @param signal the signal
     * @param data the payload
     * @param <T> the payload type
     * @return the metadata and every observer's outcome
     * @throws SenderValidationException if the payload is missing or invalid (nothing is delivered)
     */
    <T> SendResult send(OpenEdxPublicSignal<T> signal, T data);

    /**
     * Sends an event with explicit options.
     *
     * @param signal the signal
     * @param data the payload
     * @param options robustness and event time
     * @param <T> the payload type
     * @return the metadata and every observer's outcome
     * @throws SenderValidationException if the payload is missing or invalid (nothing is delivered)
     */
    <T> SendResult send(OpenEdxPublicSignal<T> signal, T data, SendOptions options);

    /**
     * Sends an event named by its type, with its data as upstream's keyword arguments: a map from the data key to
     * the payload, e.g. {@code Map.of("enrollment", data)}. Upstream's three checks apply in upstream's order and
     * with upstream's messages: the number of entries, then a missing (or null) entry, then the payload class.
     *
     * @param eventType the event type
     * @param data the data arguments
     * @return the metadata and every observer's outcome
     * @throws UnknownEventTypeException if no signal has that type
     * @throws SenderValidationException if the arguments do not match the signal (nothing is delivered)
     */
    SendResult send(String eventType, Map<String, ?> data);

    /**
     * Re-emits an event with metadata that came with it, typically from the event bus: observers see exactly this
     * metadata, and {@link EventDelivery#fromEventBus()} is {@code true} so that producers do not publish it again.
     *
     * @param metadata the event's metadata; its event type must be the signal's
     * @param signal the signal
     * @param data the payload
     * @param <T> the payload type
     * @return the given metadata and every observer's outcome
     * @throws SenderValidationException if the metadata is for another event type or the payload is invalid
     */
    <T> SendResult sendWithCustomMetadata(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data);

    /**
     * Like {@link #sendWithCustomMetadata(EventsMetadata, OpenEdxPublicSignal, Object)}, choosing robustness.
     *
     * @param metadata the event's metadata; its event type must be the signal's
     * @param signal the signal
     * @param data the payload
     * @param robust whether the send is robust (see {@link SendOptions#robust()})
     * @param <T> the payload type
     * @return the given metadata and every observer's outcome
     * @throws SenderValidationException if the metadata is for another event type or the payload is invalid
     */
    <T> SendResult sendWithCustomMetadata(
            EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data, boolean robust);

    /**
     * Sends an event to the {@code @ObservesAsync} observers of its type. Validation happens at once, on the
     * calling thread; the stage completes when every asynchronous observer has run. Observers may declare
     * {@link EventsMetadata} and {@link EventDelivery} parameters, as synchronous ones do. As with CDI's
     * {@code fireAsync}, synchronous observers are not notified.
     *
     * @param signal the signal
     * @param data the payload
     * @param <T> the payload type
     * @return a stage with the metadata and every observer's outcome; it fails with the observer's exception when
     *     the send is non-robust
     * @throws SenderValidationException if the payload is missing or invalid (nothing is delivered)
     */
    <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data);

    /**
     * Like {@link #sendAsync(OpenEdxPublicSignal, Object)}, with explicit options.
     *
     * @param signal the signal
     * @param data the payload
     * @param options robustness and event time
     * @param <T> the payload type
     * @return a stage with the metadata and every observer's outcome
     * @throws SenderValidationException if the payload is missing or invalid (nothing is delivered)
     */
    <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data, SendOptions options);

    /**
     * Creates the metadata a send of this signal would carry now.
     *
     * @param signal the signal
     * @return fresh metadata: a new version-1 UUID, the current UTC time, this service's source and host
     */
    EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal);

    /**
     * Creates the metadata a send of this signal would carry, for a given time.
     *
     * @param signal the signal
     * @param time the event time in UTC, or {@code null} for now
     * @return fresh metadata
     * @throws SenderValidationException if the time is not UTC
     */
    EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal, OffsetDateTime time);

    /**
     * Lets sends of this signal reach observers again (the default).
     *
     * @param signal the signal
     */
    void enable(OpenEdxPublicSignal<?> signal);

    /**
     * Makes sends of this signal do nothing: no validation, no delivery; results say {@code sent() == false}.
     *
     * @param signal the signal
     */
    void disable(OpenEdxPublicSignal<?> signal);

    /**
     * Whether sends of this signal are delivered.
     *
     * @param signal the signal
     * @return true unless {@link #disable} was called last
     */
    boolean isEnabled(OpenEdxPublicSignal<?> signal);

    /**
     * Makes every later send of this signal non-robust, so that observer exceptions reach the sender (upstream's
     * {@code allow_send_event_failure}, used by tests to let receiver errors surface).
     *
     * @param signal the signal
     */
    void allowSendEventFailure(OpenEdxPublicSignal<?> signal);

    /**
     * Whether {@link #allowSendEventFailure} is in force for this signal.
     *
     * @param signal the signal
     * @return true if sends of this signal are non-robust
     */
    boolean isSendEventFailureAllowed(OpenEdxPublicSignal<?> signal);

    /**
     * Undoes {@link #allowSendEventFailure}, making sends of this signal robust again (upstream has no such method;
     * test helpers use it to leave no state behind).
     *
     * @param signal the signal
     */
    void resetSendEventFailure(OpenEdxPublicSignal<?> signal);
}

package org.openedx.events.bus.outbox;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.instrumentation.EventsInstrumentation;

/**
 * Publishes the outbox's rows to the bus and records each outcome: right after a commit ({@link #publishCommitted}),
 * and in a background pass ({@link #pass}) for the rows that missed that path (the bus was down, the process died
 * after the commit, an attempt failed). Also deletes published rows after the retention period.
 *
 * <p>Each claim carries a token of its own ({@code <node>#<n>}), so the node's after-commit path and its background
 * pass never publish the same row, and a node that dies loses its claims after the claim timeout. A claimed batch is
 * published in id order without waiting between rows (the Redis producer pipelines them on one connection), then
 * each acknowledgement is awaited up to the publish timeout. A failed attempt is retried after an exponential
 * backoff; after the last attempt the row is marked failed ({@code OXE7302}) and stops holding back its key.
 *
 * <p>Plain Java: the CDI bean {@link TransactionalOutbox} gives it its executors; tests drive it directly.
 */
public final class OutboxRelay {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.outbox");
    /** The far future, for rows published right after their commit whatever their age. */
    private static final Instant ANY_AGE = Instant.parse("9999-12-31T00:00:00Z");
    /** How often published rows are purged. */
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final OutboxTable table;
    private final OutboxSettings settings;
    private final Publisher publisher;
    private final Clock clock;
    private final String node;
    private final OutboxEvents events = new OutboxEvents();
    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private final AtomicLong claims = new AtomicLong();
    private final Set<Long> committed = new LinkedHashSet<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean tableFailing = new AtomicBoolean();
    private volatile Instant lastPurge = Instant.MIN;
    private volatile Executor drainExecutor;
    private volatile ScheduledFuture<?> passes;

    /**
     * Creates a relay.
     *
     * @param table the table
     * @param settings the settings
     * @param publisher publishes one event and tells when the bus has it
     * @param clock the clock (claims, backoff, retention)
     */
    public OutboxRelay(OutboxTable table, OutboxSettings settings, Publisher publisher, Clock clock) {
        this.table = table;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
        this.node = nodeName();
    }

    /** Publishes one event and completes when the bus has acknowledged it ({@code EventBusProducer.deliver}). */
    @FunctionalInterface
    public interface Publisher {

        /**
         * Publishes an event.
         *
         * @param signal the signal
         * @param topic the topic without the environment prefix
         * @param eventKeyField the key field's dotted path, or null
         * @param data the payload
         * @param metadata the metadata
         * @return completes when the bus has the event, exceptionally when it has not
         */
        CompletionStage<Void> publish(
                OpenEdxPublicSignal<?> signal,
                String topic,
                String eventKeyField,
                Object data,
                EventsMetadata metadata);
    }

    /** {@return this node's name in the claims it makes: host, process id and a random part} */
    public String node() {
        return node;
    }

    /**
     * Starts the background passes, one every poll interval (at once again after a full batch), and the after-commit
     * publishing on an executor.
     *
     * @param scheduler runs the passes
     * @param drains runs the after-commit publishing
     */
    public void start(ScheduledExecutorService scheduler, Executor drains) {
        this.drainExecutor = drains;
        long interval = settings.pollInterval().toMillis();
        passes = scheduler.scheduleWithFixedDelay(this::passes, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops the background passes; a pass under way finishes its batch. */
    public void stop() {
        ScheduledFuture<?> running = passes;
        if (running != null) {
            running.cancel(false);
        }
        drainExecutor = null;
    }

    private void passes() {
        try {
            while (pass() == settings.batchSize()) {
                // a full batch: there may be more
            }
            if (tableFailing.compareAndSet(true, false)) {
                LOG.log(Level.INFO, "The outbox relay can use the table ''{0}'' again", table.name());
            }
        } catch (SQLException | RuntimeException e) {
            if (tableFailing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, OutboxError.RELAY_FAILED.format(table.name(), e, settings.pollInterval()));
            }
        }
    }

    /**
     * Hands rows that have just been committed to the after-commit publishing, which publishes them at once on the
     * executor given to {@link #start} (or on the calling thread before {@link #start}). One drain runs at a time, so
     * that the rows of one key, committed one after the other, follow each other without waiting for a pass.
     *
     * @param ids the rows
     */
    public void publishCommitted(List<Long> ids) {
        synchronized (committed) {
            committed.addAll(ids);
        }
        Executor executor = drainExecutor;
        if (executor == null) {
            drain();
        } else if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drains);
            } catch (RuntimeException e) {
                draining.set(false);
                LOG.log(Level.DEBUG, () -> "After-commit publishing not scheduled, the relay takes the rows: " + e);
            }
        }
    }

    /** Drains until nothing committed is left, handing over to a newer drain if one starts meanwhile. */
    private void drains() {
        while (true) {
            drain();
            draining.set(false);
            synchronized (committed) {
                if (committed.isEmpty()) {
                    return;
                }
            }
            if (!draining.compareAndSet(false, true)) {
                return; // rows came in after the last look, and their send started a drain of its own
            }
        }
    }

    /**
     * Publishes the committed rows that can go now. Those held back by a row outside them (an older row of their key
     * waiting for its next attempt, or claimed by another node) are left to the passes.
     */
    private void drain() {
        while (true) {
            List<Long> ids;
            synchronized (committed) {
                ids = List.copyOf(committed);
            }
            if (ids.isEmpty()) {
                return;
            }
            List<OutboxRow> claimed;
            try {
                claimed = table.claim(
                        claimant(), clock.instant(), ANY_AGE, ids, settings.claimTimeout(), settings.batchSize());
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.DEBUG, () -> "After-commit publishing failed, the relay takes the rows: " + e);
                forget(ids);
                return;
            }
            if (claimed.isEmpty()) {
                forget(ids); // not claimable now (held back, claimed elsewhere, already published): the passes' job
                return;
            }
            publish(claimed);
            forget(claimed.stream().map(OutboxRow::id).toList());
        }
    }

    private void forget(List<Long> ids) {
        synchronized (committed) {
            ids.forEach(committed::remove);
        }
    }

    /**
     * One background pass: deletes published rows past the retention period (once a minute), then claims a batch of
     * due rows stored at least the relay delay ago and publishes them.
     *
     * @return how many rows were claimed
     * @throws SQLException when the table cannot be used
     */
    public int pass() throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_INTERVAL) >= 0) {
            purge();
        }
        List<OutboxRow> claimed = table.claim(
                claimant(), now, now.minus(settings.relayDelay()), null, settings.claimTimeout(), settings.batchSize());
        publish(claimed);
        return claimed.size();
    }

    /**
     * Deletes the rows published longer than the retention period ago.
     *
     * @return how many were deleted
     * @throws SQLException when the table cannot be used
     */
    public int purge() throws SQLException {
        Instant now = clock.instant();
        int deleted = table.deletePublishedBefore(now.minus(settings.retention()));
        lastPurge = now;
        if (deleted > 0) {
            LOG.log(Level.DEBUG, () -> "Deleted " + deleted + " published outbox rows");
        }
        return deleted;
    }

    /**
     * Publishes claimed rows in id order, then records each outcome. A row that fails before it reaches the bus (it
     * cannot be decoded, the producer refuses it at once) stops its key's run: the rows after it in this batch are
     * released unpublished, so that they do not overtake it.
     */
    private void publish(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(rows.size());
        Set<String> stopped = new HashSet<>();
        for (OutboxRow row : rows) {
            String key = row.topic() + '\u0000' + row.orderingKey();
            if (stopped.contains(key)) {
                outcomes.add(null);
                continue;
            }
            CompletableFuture<Void> outcome = start(row);
            if (outcome.isCompletedExceptionally()) {
                stopped.add(key);
            }
            outcomes.add(outcome);
        }
        long deadline = System.nanoTime() + settings.publishTimeout().toNanos();
        List<Long> published = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            if (outcomes.get(i) == null) {
                release(row);
                continue;
            }
            Throwable failure = await(outcomes.get(i), deadline);
            if (failure == null) {
                published.add(row.id());
            } else {
                recordFailure(row, failure);
            }
        }
        recordPublished(published, rows.get(0).claimedBy());
    }

    /** Marks the acknowledged rows of one claim, in one statement. */
    private void recordPublished(List<Long> ids, String claimant) {
        try {
            int marked = table.markPublished(ids, claimant, clock.instant());
            if (marked < ids.size()) {
                LOG.log(
                        Level.DEBUG,
                        () -> (ids.size() - marked) + " outbox rows were published after their claim expired");
            }
        } catch (SQLException | RuntimeException e) {
            // The claims expire and the rows are published again: at least once.
            LOG.log(Level.WARNING, OutboxError.RELAY_FAILED.format(table.name(), e, settings.claimTimeout()));
        }
    }

    private void release(OutboxRow row) {
        try {
            table.release(row.id(), row.claimedBy());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Outbox row " + row.id() + " not released; its claim expires: " + e);
        }
    }

    private CompletableFuture<Void> start(OutboxRow row) {
        try {
            OutboxEvents.Event event = events.event(row);
            return instrumentation
                    .callInContext(
                            OutboxEvents.traceCarrier(row.traceContext()),
                            () -> publisher.publish(
                                    event.signal(), row.topic(), row.eventKeyField(), event.data(), event.metadata()))
                    .toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable await(CompletableFuture<Void> outcome, long deadline) {
        try {
            outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return new TimeoutException("the bus did not acknowledge the event within the publish timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void recordFailure(OutboxRow row, Throwable failure) {
        Instant now = clock.instant();
        try {
            int attempts = row.attempts() + 1;
            Duration wait = settings.backoffAfter(attempts);
            String problem = problem(failure);
            Optional<Status> status =
                    table.markAttemptFailed(row.id(), row.claimedBy(), problem, now.plus(wait), settings.maxAttempts());
            if (status.isEmpty()) {
                return; // the claim expired meanwhile: another claimant records its own attempt
            }
            if (status.get() == Status.FAILED) {
                LOG.log(
                        Level.ERROR,
                        OutboxError.ROW_FAILED.format(
                                row.id(), row.eventType(), row.eventId(), row.topic(), attempts, problem));
            } else {
                LOG.log(
                        Level.WARNING,
                        OutboxError.PUBLISH_RETRY.format(
                                row.id(),
                                row.eventType(),
                                row.eventId(),
                                row.topic(),
                                attempts,
                                settings.maxAttempts(),
                                wait,
                                problem));
            }
        } catch (SQLException | RuntimeException e) {
            // The claim expires and the row is tried again: at least once.
            LOG.log(Level.WARNING, OutboxError.RELAY_FAILED.format(table.name(), e, settings.claimTimeout()));
        }
    }

    private static String problem(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private String claimant() {
        return node + "#" + claims.incrementAndGet();
    }

    private static String nodeName() {
        String host = System.getenv("HOSTNAME"); // no name look-up: it could leave the machine
        if (host == null || host.isBlank()) {
            host = "node";
        }
        String random = UUID.randomUUID().toString().substring(0, 8);
        String name = host + "/" + ProcessHandle.current().pid() + "/" + random;
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

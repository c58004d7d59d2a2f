package org.openedx.events.bus.kafka;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SenderValidationException;
import org.openedx.events.bus.BusDelivery;
import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.ConsumerProbe;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.support.IsoDateTimes;

/**
 * Consumes one topic as one member of a group and re-emits each record's event with the producer's metadata
 * ({@code sendWithCustomMetadata}): observers see {@code fromEventBus() == true}.
 *
 * <p><strong>At least once, unlike upstream</strong> (which commits every record, failed or not): a partition's
 * offset is committed only past records whose observers succeeded or that were copied to the dead-letter topic.
 * Failures are retried with a doubling backoff; after {@link KafkaConsumerOptions#maxAttempts()} the record is copied,
 * with its key, value and headers plus {@code dead_letter_*} headers, to {@code <full topic>.<group>.dead-letter}; a
 * record that cannot be read (headers, frame, schema, payload) goes there at once. No record stops the consumer.
 * Before partitions are taken away in a rebalance, what is done is committed; what is not is read again by their
 * next owner. Retries happen inside the poll loop, so they should end within the client's
 * {@code max.poll.interval.ms} (5 minutes by default); otherwise the group reassigns the partition and the record is
 * read again, which at-least-once allows.
 *
 * <p>{@link #run()} blocks until {@link #stop()}; a retry wait is cut short by it and the record is left for later.
 */
public final class KafkaEventConsumer implements Runnable {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.kafka");

    private final KafkaSettings settings;
    private final OpenEdxEvents events;
    private final KafkaConsumerOptions options;
    private final BusDelivery.WorkCycle workCycle;
    private final KafkaValueDecoder decoder;
    private final String fullTopic;
    private final String deadLetterTopic;
    private final Object lock = new Object();
    private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    private volatile boolean stopping;
    private int consecutiveDeadLetters;
    private volatile Consumer<byte[], byte[]> consumer;
    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    /** The running consumer's probe; only the consumer's thread uses it. */
    private ConsumerProbe probe = ConsumerProbe.NONE;

    /**
     * Creates a consumer.
     *
     * @param settings the settings (brokers, prefix, client properties)
     * @param registry the schema registry, for the writers' schemas
     * @param events the sender that re-emits the events
     * @param options the topic, group and retries
     * @param workCycle wraps each delivery (e.g. in a request context), or null
     */
    public KafkaEventConsumer(
            KafkaSettings settings,
            SchemaRegistryClient registry,
            OpenEdxEvents events,
            KafkaConsumerOptions options,
            BusDelivery.WorkCycle workCycle) {
        this.settings = settings;
        this.events = events;
        this.options = options;
        this.workCycle = workCycle != null ? workCycle : java.util.function.Supplier::get;
        this.decoder = new KafkaValueDecoder(registry);
        this.fullTopic = settings.fullTopic(options.topic());
        this.deadLetterTopic = deadLetterTopic(fullTopic, options.groupId());
    }

    /**
     * The dead-letter topic of a topic and group.
     *
     * @param fullTopic the topic with its prefix
     * @param groupId the group
     * @return {@code <full topic>.<group>.dead-letter}
     */
    public static String deadLetterTopic(String fullTopic, String groupId) {
        return fullTopic + "." + groupId + ".dead-letter";
    }

    @Override
    public void run() {
        try (Consumer<byte[], byte[]> kafka = new KafkaConsumer<>(settings.consumerProperties(options.groupId()));
                Producer<byte[], byte[]> deadLetters = new KafkaProducer<>(settings.producerProperties())) {
            consumer = kafka;
            if (options.offsetTime() != null) {
                kafka.subscribe(java.util.List.of(fullTopic), new ReplayOnAssign(kafka));
            } else {
                kafka.subscribe(java.util.List.of(fullTopic), new CommitOnRevoke(kafka));
            }
            LOG.log(
                    Level.INFO,
                    () -> "Started Kafka event consumer of '" + fullTopic + "' as group '" + options.groupId() + "'");
            probe = instrumentation.consumerStarted(
                    KafkaEventPublisher.SYSTEM, fullTopic, options.groupId(), options.groupId());
            while (!stopping) {
                try {
                    ConsumerRecords<byte[], byte[]> records = kafka.poll(options.pollTimeout());
                    probe.connected(true);
                    probe.progressed();
                    probe.backlog(lag(kafka), -1);
                    process(kafka, records, deadLetters);
                } catch (WakeupException e) {
                    // stop() woke the poll up
                } catch (RuntimeException e) {
                    if (stopping) {
                        break;
                    }
                    // e.g. a commit that timed out while the brokers were away: what is done is committed later
                    probe.connected(false);
                    long delay = 1000;
                    LOG.log(Level.WARNING, KafkaError.CONSUMER_ERROR.format(fullTopic, options.groupId(), delay, e), e);
                    pause(delay);
                }
            }
            commit(kafka);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, KafkaError.CONSUMER_ERROR.format(fullTopic, options.groupId(), 0, e), e);
        } finally {
            probe.close();
            probe = ConsumerProbe.NONE;
            consumer = null;
            LOG.log(Level.INFO, () -> "Stopped Kafka event consumer of '" + fullTopic + "'");
        }
    }

    private void process(
            Consumer<byte[], byte[]> kafka, ConsumerRecords<byte[], byte[]> records, Producer<byte[], byte[]> out) {
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                Outcome outcome;
                try {
                    outcome = handle(record, out);
                } catch (RuntimeException e) {
                    // the dead-letter topic could not be written: read the record again later
                    long delay = 1000;
                    LOG.log(Level.ERROR, KafkaError.CONSUMER_ERROR.format(fullTopic, options.groupId(), delay, e), e);
                    pause(delay);
                    outcome = Outcome.LEFT;
                }
                if (outcome == Outcome.LEFT) {
                    kafka.seek(partition, record.offset());
                    break; // the rest of this partition comes again with the record
                }
                synchronized (done) {
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                consecutiveDeadLetters = outcome == Outcome.DEAD_LETTERED ? consecutiveDeadLetters + 1 : 0;
                if (options.consecutiveErrorsLimit() > 0
                        && consecutiveDeadLetters >= options.consecutiveErrorsLimit()) {
                    LOG.log(
                            Level.ERROR,
                            KafkaError.CONSECUTIVE_ERRORS.format(fullTopic, options.groupId(), consecutiveDeadLetters));
                    commit(kafka);
                    stop();
                    return;
                }
            }
        }
        commit(kafka);
    }

    /** What became of a record. */
    private enum Outcome {
        /** Its observers succeeded. */
        DELIVERED,
        /** It went to the dead-letter topic. */
        DEAD_LETTERED,
        /** It is left for later (stopping, or the dead-letter topic could not be written). */
        LEFT
    }

    /** Delivers one record, retrying, or dead-letters it; leaves it when stopping first. */
    private Outcome handle(ConsumerRecord<byte[], byte[]> record, Producer<byte[], byte[]> out) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        CloudEventHeaders.Read headers;
        Object payload;
        try {
            headers = CloudEventHeaders.read(record.headers(), events::generateSignalMetadata);
            if (options.signal() != null && !options.signal().equals(headers.signal())) {
                throw new IllegalArgumentException(
                        "event type '" + headers.signal().eventType() + "' is not the type this consumer handles ('"
                                + options.signal().eventType() + "')");
            }
            if (!headers.missing().isEmpty()) {
                LOG.log(
                        Level.WARNING,
                        () -> "Record " + where + " lacks the headers " + headers.missing()
                                + "; their values are the defaults");
            }
            payload = decoder.decode(headers.signal(), ConfluentFraming.parse(record.value()));
        } catch (RuntimeException e) {
            String reason = KafkaError.RECORD_UNUSABLE.format(
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            LOG.log(Level.ERROR, reason);
            deadLetter(record, out, 1, reason, null);
            instrumentation.busDeadLetter(busMessage(record, null, null));
            return Outcome.DEAD_LETTERED;
        }
        BusMessage bus = busMessage(
                record, headers.signal().eventType(), headers.metadata().id().toString());
        Map<String, String> trace = CloudEventHeaders.traceContext(record.headers());
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try (Observation observation = instrumentation.startBusDelivery(bus, trace, attempt)) {
                failure = BusDelivery.reEmit(events, workCycle, headers.metadata(), headers.signal(), payload);
                if (failure != null) {
                    observation.failed(failure);
                }
            }
            if (failure == null) {
                return Outcome.DELIVERED;
            }
            if (failure instanceof SenderValidationException || attempt >= options.maxAttempts()) {
                deadLetter(record, out, attempt, BusDelivery.reason(failure), BusDelivery.logged(failure));
                instrumentation.busDeadLetter(bus);
                return Outcome.DEAD_LETTERED;
            }
            instrumentation.busRetry(bus);
            long delay = BusDelivery.delayAfter(options.backoff(), options.maxBackoff(), attempt)
                    .toMillis();
            LOG.log(
                    Level.WARNING,
                    KafkaError.ATTEMPT_FAILED.format(
                            where,
                            headers.signal().eventType(),
                            headers.metadata().id(),
                            attempt,
                            options.maxAttempts(),
                            delay,
                            BusDelivery.reason(failure)),
                    BusDelivery.logged(failure));
            if (!pause(delay)) {
                return Outcome.LEFT;
            }
        }
    }

    /** What the instrumentation may know of a record; its type is {@code unknown} when it cannot be read. */
    private BusMessage busMessage(ConsumerRecord<byte[], byte[]> record, String eventType, String eventId) {
        return new BusMessage(
                KafkaEventPublisher.SYSTEM,
                record.topic(),
                eventType == null ? "unknown" : eventType,
                eventId,
                options.groupId(),
                Integer.toString(record.partition()));
    }

    /** The records not yet read of the assigned partitions, as the client last learnt it; -1 when unknown. */
    private static long lag(Consumer<byte[], byte[]> kafka) {
        long total = -1;
        for (TopicPartition partition : kafka.assignment()) {
            OptionalLong lag = kafka.currentLag(partition);
            if (lag.isPresent()) {
                total = Math.max(total, 0) + lag.getAsLong();
            }
        }
        return total;
    }

    /** Copies a record to the dead-letter topic and waits until the broker has it. */
    private void deadLetter(
            ConsumerRecord<byte[], byte[]> record,
            Producer<byte[], byte[]> out,
            int attempts,
            String reason,
            Throwable failure) {
        ProducerRecord<byte[], byte[]> copy =
                new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(), record.headers());
        header(copy, "dead_letter_error", reason);
        header(copy, "dead_letter_attempts", Integer.toString(attempts));
        header(copy, "dead_letter_topic", record.topic());
        header(copy, "dead_letter_partition", Integer.toString(record.partition()));
        header(copy, "dead_letter_offset", Long.toString(record.offset()));
        header(copy, "dead_letter_group", options.groupId());
        header(
                copy,
                "dead_letter_time",
                IsoDateTimes.format(IsoDateTimes.truncate(OffsetDateTime.now(ZoneOffset.UTC))));
        try {
            out.send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the dead letter", e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "the dead letter could not be written to '" + deadLetterTopic + "': " + e, e);
        }
        LOG.log(
                Level.ERROR,
                KafkaError.DEAD_LETTERED.format(
                        record.topic() + "-" + record.partition() + "@" + record.offset(),
                        deadLetterTopic,
                        attempts,
                        reason),
                failure);
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void commit(Consumer<byte[], byte[]> kafka) {
        Map<TopicPartition, OffsetAndMetadata> offsets;
        synchronized (done) {
            if (done.isEmpty()) {
                return;
            }
            offsets = Map.copyOf(done);
            done.clear();
        }
        try {
            kafka.commitSync(offsets);
        } catch (RuntimeException e) {
            synchronized (done) {
                offsets.forEach(done::putIfAbsent); // kept for the next commit, unless a later offset is done
            }
            throw e;
        }
    }

    /** Waits, returning early (false) when the consumer is stopping. */
    private boolean pause(long millis) {
        return ConsumerThreads.pause(lock, () -> stopping, millis);
    }

    /** Asks {@link #run()} to return after the record in hand; a retry wait is cut short. */
    public void stop() {
        stopping = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /**
     * Replay mode (upstream's {@code offset_time}): on assignment, the group's offsets of the partitions are set to
     * the first record at or after the time (the end where there is none), and the partitions are paused, so that the
     * consumer keeps its membership and consumes nothing until it is restarted in normal mode.
     */
    private final class ReplayOnAssign implements ConsumerRebalanceListener {

        private final Consumer<byte[], byte[]> kafka;

        ReplayOnAssign(Consumer<byte[], byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            long time = options.offsetTime().toInstant().toEpochMilli();
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, time));
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndTimestamp> found =
                    kafka.offsetsForTimes(times);
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : partitions) {
                var at = found.get(partition);
                offsets.put(partition, new OffsetAndMetadata(at != null ? at.offset() : ends.get(partition)));
            }
            kafka.commitSync(offsets);
            kafka.pause(partitions);
            LOG.log(
                    Level.INFO,
                    () -> "Replay: the offsets of group '" + options.groupId() + "' on " + offsets.keySet()
                            + " are set to " + options.offsetTime() + " " + offsets.values()
                            + "; restart the consumer without offset_time to consume from there");
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing consumed, nothing to commit
        }
    }

    /** Commits what is done before partitions go to another member. */
    private final class CommitOnRevoke implements ConsumerRebalanceListener {

        private final Consumer<byte[], byte[]> kafka;

        CommitOnRevoke(Consumer<byte[], byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit(kafka);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // nothing to do: the group's committed offsets say where to start
        }
    }
}

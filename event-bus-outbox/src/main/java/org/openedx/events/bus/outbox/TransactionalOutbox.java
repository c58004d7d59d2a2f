package org.openedx.events.bus.outbox;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.EventBusProducer;
import org.openedx.events.bus.EventOutbox;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Registration;

/**
 * The outbox bean: stores the events configured for the bus in the sender's transaction and has the
 * {@link OutboxRelay} publish them after the commit.
 *
 * <p>At deployment ({@link #start}) it reads {@link OutboxSettings} (or takes the application's
 * {@code OutboxSettings} bean), finds the data source (an
 * {@link Outbox @Outbox} {@code DataSource} bean, else the JNDI name), checks the table (creating it when
 * {@value OutboxSettings#CREATE_TABLE} is on), and starts the relay on the server's default managed scheduled
 * executor ({@code java:comp/DefaultManagedScheduledExecutorService}), or on two threads of its own in Java SE.
 *
 * <p>A send inside a JTA transaction writes its row through the data source, enlisted in that transaction; the row
 * is published once the transaction commits, and never exists if it rolls back. A send outside a transaction writes
 * and commits its row before the send returns, then publishes it. A row that cannot be written fails the send
 * ({@code OXE7301}) and marks the transaction for rollback: the business data is not committed without its event.
 */
@ApplicationScoped
public class TransactionalOutbox implements EventOutbox {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.outbox");
    private static final String MANAGED_SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    private Instance<DataSource> dataSources;
    private Instance<OutboxSettings> configured;
    private Function<String, String> settingsLookup;

    private final OutboxEvents events = new OutboxEvents();
    /** The calling application's transactions, found on the first send (not every thread can look them up). */
    private volatile OutboxTransactions transactions;

    private volatile Running running;
    /** The outbox's backlog gauges, registered while it runs. */
    private volatile Registration backlogGauges = Registration.NONE;

    /** For the container's proxy. */
    protected TransactionalOutbox() {}

    /**
     * Creates the bean.
     *
     * @param dataSources the {@link Outbox @Outbox} data source, if the application produces one
     * @param configured the settings, if the application produces them; otherwise they are read from the library's
     *     setting sources
     */
    @Inject
    public TransactionalOutbox(@Outbox Instance<DataSource> dataSources, Instance<OutboxSettings> configured) {
        this.dataSources = dataSources;
        this.configured = configured;
    }

    /**
     * Creates the outbox with its own settings source (tests, embedded use).
     *
     * @param dataSources the {@link Outbox @Outbox} data source, if any
     * @param settingsLookup returns a setting's raw value, or null; null for the library's setting sources
     */
    public TransactionalOutbox(Instance<DataSource> dataSources, Function<String, String> settingsLookup) {
        this.dataSources = dataSources;
        this.settingsLookup = settingsLookup;
    }

    @Override
    public synchronized void start(EventBusProducer producer) {
        if (running != null) {
            return;
        }
        OutboxSettings settings = configured != null && configured.isResolvable()
                ? configured.get()
                : OutboxSettings.from(settingsLookup != null ? settingsLookup : SettingSources.lookup());
        String source =
                dataSources != null && dataSources.isResolvable() ? "@Outbox DataSource" : settings.dataSource();
        DataSource dataSource = dataSource(settings);
        OutboxTable table;
        try {
            table = new OutboxTable(dataSource, settings.table());
            if (!table.exists()) {
                if (!settings.createTable()) {
                    throw new OpenEdxEventException(
                            OutboxError.TABLE_MISSING,
                            settings.table(),
                            source,
                            table.ddlResource() == null ? "META-INF/openedx-events/outbox/" : table.ddlResource());
                }
                table.create();
            }
        } catch (SQLException e) {
            throw new OutboxException(OutboxError.DATABASE_UNREACHABLE, e, source, e.getMessage());
        }
        OutboxRelay relay = new OutboxRelay(table, settings, producer::deliver, Clock.systemUTC());
        ScheduledExecutorService managed = managedScheduler();
        ScheduledExecutorService own = managed == null ? ownScheduler() : null;
        ScheduledExecutorService scheduler = managed != null ? managed : own;
        relay.start(scheduler, scheduler);
        running = new Running(settings, dataSource, table, relay, own);
        OutboxTable watched = table;
        backlogGauges = EventsInstrumentation.get().outboxStarted(settings.table(), () -> {
            try {
                return watched.backlog(Clock.systemUTC().instant());
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        LOG.log(
                Level.INFO,
                () -> "Transactional outbox on: table " + settings.table() + " through " + source + ", publishing with "
                        + producer.name() + ", relay node " + relay.node());
    }

    @Override
    public void store(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        Running outbox = running;
        if (outbox == null) {
            throw new IllegalStateException("the outbox has not been started (EventBusProducerExtension starts it)");
        }
        OutboxTransactions jta = transactions();
        boolean inTransaction = jta.active();
        try {
            OutboxTable.NewRow row = events.row(signal, topic, eventKeyField, data, metadata);
            long id;
            try (Connection connection = outbox.dataSource().getConnection()) {
                id = outbox.table().insert(connection, row, Clock.systemUTC().instant());
                if (!inTransaction && !connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            if (inTransaction) {
                jta.afterCommit(() -> outbox.relay().publishCommitted(List.of(id)));
            } else {
                outbox.relay().publishCommitted(List.of(id));
            }
        } catch (SQLException | RuntimeException e) {
            jta.markRollbackOnly();
            throw new OutboxException(
                    OutboxError.STORE_FAILED,
                    e,
                    signal.eventType(),
                    metadata.id(),
                    topic,
                    outbox.settings().table(),
                    e.getMessage());
        }
    }

    /**
     * The relay, for operators' tools and tests.
     *
     * @return the relay
     * @throws IllegalStateException before {@link #start}
     */
    public OutboxRelay relay() {
        Running outbox = running;
        if (outbox == null) {
            throw new IllegalStateException("the outbox has not been started");
        }
        return outbox.relay();
    }

    /**
     * The operator's view of the table: failed rows, re-queueing, counts.
     *
     * @return the admin
     * @throws IllegalStateException before {@link #start}
     */
    public OutboxAdmin admin() {
        Running outbox = running;
        if (outbox == null) {
            throw new IllegalStateException("the outbox has not been started");
        }
        return new OutboxAdmin(outbox.table());
    }

    /** Stops the relay's passes (rows still pending are published by the next start, or by another node). */
    @PreDestroy
    synchronized void stop() {
        Running outbox = running;
        running = null;
        if (outbox == null) {
            return;
        }
        backlogGauges.close();
        backlogGauges = Registration.NONE;
        outbox.relay().stop();
        if (outbox.ownScheduler() != null) {
            outbox.ownScheduler().shutdown();
            try {
                outbox.ownScheduler()
                        .awaitTermination(outbox.settings().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private OutboxTransactions transactions() {
        OutboxTransactions found = transactions;
        if (found == null) {
            found = OutboxTransactions.lookup();
            if (found == null) {
                return OutboxTransactions.NONE; // not reachable from this thread: ask again next time
            }
            transactions = found;
        }
        return found;
    }

    private DataSource dataSource(OutboxSettings settings) {
        if (dataSources != null && dataSources.isResolvable()) {
            return dataSources.get();
        }
        try {
            Object found = new InitialContext().lookup(settings.dataSource());
            if (found instanceof DataSource dataSource) {
                return dataSource;
            }
            throw new OpenEdxEventException(
                    OutboxError.DATA_SOURCE_NOT_FOUND,
                    settings.dataSource(),
                    "it is a " + (found == null ? "null" : found.getClass().getName()) + ", not a DataSource");
        } catch (NamingException e) {
            throw new OutboxException(OutboxError.DATA_SOURCE_NOT_FOUND, e, settings.dataSource(), e.toString());
        }
    }

    private static ScheduledExecutorService managedScheduler() {
        try {
            return new InitialContext().lookup(MANAGED_SCHEDULER) instanceof ScheduledExecutorService scheduler
                    ? scheduler
                    : null;
        } catch (NamingException e) {
            return null;
        }
    }

    private static ScheduledExecutorService ownScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "openedx-events-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    /** What a started outbox holds. */
    private record Running(
            OutboxSettings settings,
            DataSource dataSource,
            OutboxTable table,
            OutboxRelay relay,
            ScheduledExecutorService ownScheduler) {}
}

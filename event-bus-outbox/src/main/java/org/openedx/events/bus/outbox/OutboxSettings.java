package org.openedx.events.bus.outbox;

import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.support.Echo;
import org.openedx.events.support.SettingValues;

/**
 * The outbox's settings, read once at deployment from the library's setting sources (MicroProfile Config, system
 * properties, environment: see {@code SettingSources}). Durations are numbers of seconds, as the Redis bus's are.
 *
 * @param dataSource {@value #DATA_SOURCE}: the JNDI name of the JTA data source, used when no {@link Outbox @Outbox}
 *     {@code DataSource} bean is deployed (default {@value #DEFAULT_DATA_SOURCE})
 * @param table {@value #TABLE}: the table, optionally schema-qualified (default {@value #DEFAULT_TABLE})
 * @param createTable {@value #CREATE_TABLE}: whether to create the table at deployment when it is missing (PostgreSQL
 *     and H2; default false)
 * @param relayDelay {@value #RELAY_DELAY}: how old a pending row must be before the background relay takes it; rows
 *     are published right after their commit, so the relay only picks up what that missed (default 5)
 * @param pollInterval {@value #POLL_INTERVAL}: the pause between two passes of the background relay (default 1)
 * @param claimTimeout {@value #CLAIM_TIMEOUT}: how long a node's claim on a row lasts; a node that dies mid-claim loses
 *     it after this (default 60)
 * @param maxAttempts {@value #MAX_ATTEMPTS}: attempts before a row is marked failed (default 10)
 * @param backoff {@value #BACKOFF}: the wait after the first failed attempt, doubled after each further one (default 1)
 * @param maxBackoff {@value #MAX_BACKOFF}: the longest wait between attempts (default 300)
 * @param retention {@value #RETENTION}: how long published rows are kept before they are deleted (default 604800, 7
 *     days; 0 deletes them at the next pass)
 * @param batchSize {@value #BATCH_SIZE}: the most rows one relay pass claims (default 100)
 * @param publishTimeout {@value #PUBLISH_TIMEOUT}: how long the relay waits for the bus to acknowledge one row
 *     (default 10)
 */
public record OutboxSettings(
        String dataSource,
        String table,
        boolean createTable,
        Duration relayDelay,
        Duration pollInterval,
        Duration claimTimeout,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff,
        Duration retention,
        int batchSize,
        Duration publishTimeout) {

    /** The JNDI name of the data source. */
    public static final String DATA_SOURCE = "openedx.events.outbox.datasource";
    /** The table. */
    public static final String TABLE = "openedx.events.outbox.table";
    /** Whether to create the table. */
    public static final String CREATE_TABLE = "openedx.events.outbox.create-table";
    /** The age of a row before the background relay takes it. */
    public static final String RELAY_DELAY = "openedx.events.outbox.relay-delay";
    /** The pause between relay passes. */
    public static final String POLL_INTERVAL = "openedx.events.outbox.poll-interval";
    /** How long a claim lasts. */
    public static final String CLAIM_TIMEOUT = "openedx.events.outbox.claim-timeout";
    /** Attempts before a row fails. */
    public static final String MAX_ATTEMPTS = "openedx.events.outbox.max-attempts";
    /** The first backoff. */
    public static final String BACKOFF = "openedx.events.outbox.backoff";
    /** The longest backoff. */
    public static final String MAX_BACKOFF = "openedx.events.outbox.max-backoff";
    /** How long published rows are kept. */
    public static final String RETENTION = "openedx.events.outbox.retention";
    /** The most rows per relay pass. */
    public static final String BATCH_SIZE = "openedx.events.outbox.batch-size";
    /** The wait for the bus's acknowledgement. */
    public static final String PUBLISH_TIMEOUT = "openedx.events.outbox.publish-timeout";

    /** The Jakarta EE default data source. */
    public static final String DEFAULT_DATA_SOURCE = "java:comp/DefaultDataSource";
    /** The default table. */
    public static final String DEFAULT_TABLE = "openedx_events_outbox";

    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    /**
     * Checks the values.
     *
     * @param dataSource the dataSource
     * @param table the table
     * @param createTable the createTable
     * @param relayDelay the relayDelay
     * @param pollInterval the pollInterval
     * @param claimTimeout the claimTimeout
     * @param maxAttempts the maxAttempts
     * @param backoff the backoff
     * @param maxBackoff the maxBackoff
     * @param retention the retention
     * @param batchSize the batchSize
     * @param publishTimeout the publishTimeout
     * @throws OpenEdxEventException ({@code OXE5001}) for a table name that is not a plain SQL identifier
     */
    public OutboxSettings {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new OpenEdxEventException(
                    OpenEdxError.SETTING_INVALID,
                    TABLE,
                    Echo.of(table),
                    "a table name of letters, digits and '_' (not starting with a digit), optionally after a schema "
                            + "name and '.'");
        }
    }

    /**
     * Reads the settings.
     *
     * @param lookup returns a setting's raw value, or null
     * @return the settings
     * @throws OpenEdxEventException ({@code OXE5001}) naming a setting that cannot be read
     */
    public static OutboxSettings from(Function<String, String> lookup) {
        return new OutboxSettings(
                SettingValues.text(lookup, DATA_SOURCE, DEFAULT_DATA_SOURCE),
                SettingValues.text(lookup, TABLE, DEFAULT_TABLE),
                SettingValues.bool(lookup, CREATE_TABLE, false),
                SettingValues.seconds(lookup, RELAY_DELAY, Duration.ofSeconds(5), true),
                SettingValues.seconds(lookup, POLL_INTERVAL, Duration.ofSeconds(1), false),
                SettingValues.seconds(lookup, CLAIM_TIMEOUT, Duration.ofSeconds(60), false),
                (int) SettingValues.wholeNumber(lookup, MAX_ATTEMPTS, 10, 1),
                SettingValues.seconds(lookup, BACKOFF, Duration.ofSeconds(1), true),
                SettingValues.seconds(lookup, MAX_BACKOFF, Duration.ofMinutes(5), true),
                SettingValues.seconds(lookup, RETENTION, Duration.ofDays(7), true),
                (int) Math.min(SettingValues.wholeNumber(lookup, BATCH_SIZE, 100, 1), 10_000),
                SettingValues.seconds(lookup, PUBLISH_TIMEOUT, Duration.ofSeconds(10), false));
    }

    /**
     * The defaults, with another table name.
     *
     * @param table the table
     * @return the settings
     */
    public static OutboxSettings defaults(String table) {
        return from(key -> TABLE.equals(key) ? table : null);
    }

    /**
     * The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: {@link #backoff()} doubled
     * for each failure after the first, at most {@link #maxBackoff()}.
     *
     * @param attempts the failed attempts so far, 1 or more
     * @return the wait
     */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

package org.openedx.events.bus.redis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.bus.TopicNames;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.support.Echo;
import org.openedx.events.support.SettingValues;

/**
 * The Redis event bus settings. Upstream's names are kept where upstream has the setting; the others follow the
 * library's {@code openedx.events.*} style. Values come from {@link SettingSources#lookup()} (MicroProfile Config,
 * then system properties, then the environment), or from a CDI bean of this type when the application provides
 * one.
 *
 * @param connectionUrl {@code EVENT_BUS_REDIS_CONNECTION_URL}: {@code redis://[user:password@]host:port/db}, or
 *                      {@code rediss://} for TLS (required)
 * @param password {@code openedx.events.redis.password}: overrides the URL's password, or null
 * @param tls {@code openedx.events.redis.tls}: force TLS even for a {@code redis://} URL
 * @param verifyPeer {@code openedx.events.redis.tls-verify-peer}: check the server's certificate and host name
 * @param tlsFiles {@code openedx.events.redis.tls-ca-file}, {@code .tls-cert-file} and {@code .tls-key-file}: the
 *                 PEM files of the trusted CA certificates and of the client certificate and key, each may be null
 * @param topicPrefix {@code EVENT_BUS_TOPIC_PREFIX}: the stream key is {@code <prefix>-<topic>}, or null
 * @param streamMaxLen {@code EVENT_BUS_REDIS_STREAM_MAX_LEN}: approximate {@code MAXLEN ~} on every add
 * @param pollTimeout {@code EVENT_BUS_REDIS_CONSUMER_POLL_TIMEOUT} (seconds): how long one read blocks
 * @param pollFailureSleep {@code EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP} (seconds): the wait after a Redis
 *                         error
 * @param consumersEnabled {@code EVENT_BUS_REDIS_CONSUMERS_ENABLED}: upstream's kill switch for consumers
 * @param defaults the consumer defaults ({@code openedx.events.redis.max-attempts}, {@code .retry-backoff},
 *                 {@code .retry-backoff-max}, {@code .claim-idle}, all durations in milliseconds)
 * @param consumers {@code openedx.events.redis.consumers}: the consumers the application starts, as a JSON list of
 *                  objects ({@link ConsumerOptions#listFromJson}), or null
 * @param producerTimeout {@code openedx.events.redis.producer-timeout} (seconds, default 5): the longest a send
 *                        waits for room among the entries in flight, and the longest Redis may take to answer one;
 *                        past it the send is logged as failed ({@code OXE7009})
 */
public record RedisSettings(
        String connectionUrl,
        String password,
        boolean tls,
        boolean verifyPeer,
        TlsFiles tlsFiles,
        String topicPrefix,
        long streamMaxLen,
        Duration pollTimeout,
        Duration pollFailureSleep,
        boolean consumersEnabled,
        RetryPolicy defaults,
        String consumers,
        Duration producerTimeout) {

    /** Upstream: the connection URL. */
    public static final String CONNECTION_URL = "EVENT_BUS_REDIS_CONNECTION_URL";
    /** Upstream: the approximate maximum stream length. */
    public static final String STREAM_MAX_LEN = "EVENT_BUS_REDIS_STREAM_MAX_LEN";
    /** Upstream: seconds one read blocks. */
    public static final String POLL_TIMEOUT = "EVENT_BUS_REDIS_CONSUMER_POLL_TIMEOUT";
    /** Upstream: seconds to wait after an error. */
    public static final String POLL_FAILURE_SLEEP = "EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP";
    /** Upstream: the consumers' kill switch. */
    public static final String CONSUMERS_ENABLED = "EVENT_BUS_REDIS_CONSUMERS_ENABLED";
    /** The password, overriding the URL's. */
    public static final String PASSWORD = "openedx.events.redis.password";
    /** Forces TLS. */
    public static final String TLS = "openedx.events.redis.tls";
    /** Whether TLS checks the server certificate and host name. */
    public static final String TLS_VERIFY_PEER = "openedx.events.redis.tls-verify-peer";
    /** PEM file of the CA certificates that TLS trusts (instead of the JVM's trust store). */
    public static final String TLS_CA_FILE = "openedx.events.redis.tls-ca-file";
    /** PEM file of the client certificate chain, for servers that check clients ({@code tls-auth-clients}). */
    public static final String TLS_CERT_FILE = "openedx.events.redis.tls-cert-file";
    /** PEM file of the client's private key (unencrypted PKCS#8), with {@link #TLS_CERT_FILE}. */
    public static final String TLS_KEY_FILE = "openedx.events.redis.tls-key-file";
    /** Attempts before an entry goes to the dead-letter stream. */
    public static final String MAX_ATTEMPTS = "openedx.events.redis.max-attempts";
    /** Milliseconds before the first retry; doubled for each further one. */
    public static final String RETRY_BACKOFF = "openedx.events.redis.retry-backoff";
    /** The longest wait between retries, in milliseconds. */
    public static final String RETRY_BACKOFF_MAX = "openedx.events.redis.retry-backoff-max";
    /** Milliseconds an entry stays pending before a consumer of the group claims it. */
    public static final String CLAIM_IDLE = "openedx.events.redis.claim-idle";
    /** The consumers started with the application (a JSON list). */
    public static final String CONSUMERS = "openedx.events.redis.consumers";
    /** Seconds a send may wait for room among the entries in flight, or for Redis's answer. */
    public static final String PRODUCER_TIMEOUT = "openedx.events.redis.producer-timeout";

    /** Upstream's default {@code MAXLEN}. */
    public static final long DEFAULT_STREAM_MAX_LEN = 10_000;

    /**
     * The settings from the usual sources.
     *
     * @return the settings
     */
    public static RedisSettings load() {
        return from(SettingSources.lookup());
    }

    /**
     * The settings from a lookup function.
     *
     * @param lookup returns a key's raw value, or null
     * @return the settings (the URL may be null until a connection is needed)
     * @throws OpenEdxEventException ({@code OXE5001}) for a value that is not allowed
     */
    public static RedisSettings from(Function<String, String> lookup) {
        RetryPolicy defaults = new RetryPolicy(
                (int) number(lookup, MAX_ATTEMPTS, 5, 1),
                Duration.ofMillis(number(lookup, RETRY_BACKOFF, 1_000, 0)),
                Duration.ofMillis(number(lookup, RETRY_BACKOFF_MAX, 60_000, 0)),
                Duration.ofMillis(number(lookup, CLAIM_IDLE, 300_000, 0)));
        return new RedisSettings(
                blankToNull(lookup.apply(CONNECTION_URL)),
                blankToNull(lookup.apply(PASSWORD)),
                bool(lookup, TLS, false),
                bool(lookup, TLS_VERIFY_PEER, true),
                TlsFiles.from(lookup),
                blankToNull(lookup.apply(TopicNames.TOPIC_PREFIX)),
                number(lookup, STREAM_MAX_LEN, DEFAULT_STREAM_MAX_LEN, 1),
                seconds(lookup, POLL_TIMEOUT, 60),
                seconds(lookup, POLL_FAILURE_SLEEP, 1.0),
                bool(lookup, CONSUMERS_ENABLED, true),
                defaults,
                blankToNull(lookup.apply(CONSUMERS)),
                positiveSeconds(lookup, PRODUCER_TIMEOUT, 5));
    }

    /**
     * Settings for a URL with every other value at its default (tests, programmatic use).
     *
     * @param url the connection URL
     * @return the settings
     */
    public static RedisSettings forUrl(String url) {
        return from(key -> CONNECTION_URL.equals(key) ? url : null);
    }

    /**
     * The stream key of a topic.
     *
     * @param topic the topic
     * @return the topic with the prefix
     */
    public String streamKey(String topic) {
        return TopicNames.fullName(topicPrefix, topic);
    }

    /**
     * A copy with other consumer defaults.
     *
     * @param policy the defaults
     * @return the copy
     */
    public RedisSettings withDefaults(RetryPolicy policy) {
        return new RedisSettings(
                connectionUrl,
                password,
                tls,
                verifyPeer,
                tlsFiles,
                topicPrefix,
                streamMaxLen,
                pollTimeout,
                pollFailureSleep,
                consumersEnabled,
                policy,
                consumers,
                producerTimeout);
    }

    /**
     * A copy with another poll timeout and failure sleep.
     *
     * @param timeout how long one read blocks
     * @param failureSleep the wait after a Redis error
     * @return the copy
     */
    public RedisSettings withPolling(Duration timeout, Duration failureSleep) {
        return new RedisSettings(
                connectionUrl,
                password,
                tls,
                verifyPeer,
                tlsFiles,
                topicPrefix,
                streamMaxLen,
                timeout,
                failureSleep,
                consumersEnabled,
                defaults,
                consumers,
                producerTimeout);
    }

    /**
     * A copy with another topic prefix and maximum stream length.
     *
     * @param prefix the topic prefix, or null
     * @param maxLen the approximate maximum stream length
     * @return the copy
     */
    public RedisSettings withStreams(String prefix, long maxLen) {
        return new RedisSettings(
                connectionUrl,
                password,
                tls,
                verifyPeer,
                tlsFiles,
                prefix,
                maxLen,
                pollTimeout,
                pollFailureSleep,
                consumersEnabled,
                defaults,
                consumers,
                producerTimeout);
    }

    /**
     * A copy with the consumers the application starts.
     *
     * @param consumersJson a JSON list ({@link ConsumerOptions#listFromJson}), or null
     * @return the copy
     */
    public RedisSettings withConsumers(String consumersJson) {
        return new RedisSettings(
                connectionUrl,
                password,
                tls,
                verifyPeer,
                tlsFiles,
                topicPrefix,
                streamMaxLen,
                pollTimeout,
                pollFailureSleep,
                consumersEnabled,
                defaults,
                consumersJson,
                producerTimeout);
    }

    /**
     * The PEM files for TLS; each one is null when not set. Checked when read: a file that cannot be read, or a
     * certificate without its key (or the reverse), is an {@code OXE5001} error naming the setting.
     *
     * @param caFile {@link #TLS_CA_FILE}
     * @param certFile {@link #TLS_CERT_FILE}
     * @param keyFile {@link #TLS_KEY_FILE}
     */
    public record TlsFiles(Path caFile, Path certFile, Path keyFile) {

        /** No files: the JVM's trust store, no client certificate. */
        public static final TlsFiles NONE = new TlsFiles(null, null, null);

        static TlsFiles from(Function<String, String> lookup) {
            Path ca = file(lookup, TLS_CA_FILE);
            Path cert = file(lookup, TLS_CERT_FILE);
            Path key = file(lookup, TLS_KEY_FILE);
            if ((cert == null) != (key == null)) {
                String missing = cert == null ? TLS_CERT_FILE : TLS_KEY_FILE;
                throw new OpenEdxEventException(
                        OpenEdxError.SETTING_INVALID,
                        missing,
                        "",
                        "a PEM file; " + TLS_CERT_FILE + " and " + TLS_KEY_FILE + " go together");
            }
            return ca == null && cert == null ? NONE : new TlsFiles(ca, cert, key);
        }

        private static Path file(Function<String, String> lookup, String key) {
            String raw = blankToNull(lookup.apply(key));
            if (raw == null) {
                return null;
            }
            Path path = Path.of(raw);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new OpenEdxEventException(OpenEdxError.SETTING_INVALID, key, Echo.of(raw), "a readable PEM file");
            }
            return path;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean bool(Function<String, String> lookup, String key, boolean fallback) {
        return SettingValues.bool(lookup, key, fallback);
    }

    private static long number(Function<String, String> lookup, String key, long fallback, long min) {
        return SettingValues.wholeNumber(lookup, key, fallback, min);
    }

    private static Duration positiveSeconds(Function<String, String> lookup, String key, double fallback) {
        return SettingValues.seconds(lookup, key, Duration.ofMillis(Math.round(fallback * 1000)), false);
    }

    private static Duration seconds(Function<String, String> lookup, String key, double fallback) {
        return SettingValues.seconds(lookup, key, Duration.ofMillis(Math.round(fallback * 1000)), true);
    }
}

package org.openedx.events.bus.redis;

import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.FastThreadLocalThread;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;

/**
 * The application's Redis client: its settings, one shared connection for producing, and a dedicated connection
 * for each consumer (a consumer's blocking read holds its connection). Keys and field names are UTF-8 text, values
 * raw bytes, so {@code event_data} travels unchanged.
 */
@ApplicationScoped
public class RedisConnections {

    /**
     * Strings for keys, field names and ids; bytes for values. In a holder, created with the first connection:
     * Lettuce's string codec asks Netty for a charset encoder, which leaves a Netty thread-local map on the calling
     * thread, and without a connection URL (a dormant bus) nothing may touch Netty, least of all on the container
     * thread that deploys the application (Payara reports such a map as a leak when the application is undeployed).
     */
    private static final class Codec {
        static final RedisCodec<String, byte[]> INSTANCE = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    }

    /** The codec of every connection: strings for keys, field names and ids; bytes for values. */
    static RedisCodec<String, byte[]> codec() {
        return Codec.INSTANCE;
    }

    private RedisSettings settings;
    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> producerConnection;

    /** For the container's proxy. */
    protected RedisConnections() {}

    /**
     * Creates the connections with the application's settings: its {@link RedisSettings} bean when it has one,
     * otherwise {@link RedisSettings#load()}.
     *
     * @param configured the application's settings bean, if any
     */
    @Inject
    public RedisConnections(Instance<RedisSettings> configured) {
        this(configured.isResolvable() ? configured.get() : RedisSettings.load());
    }

    /**
     * Creates the connections for given settings (outside a container).
     *
     * @param settings the settings
     */
    public RedisConnections(RedisSettings settings) {
        this.settings = settings;
    }

    /**
     * The settings.
     *
     * @return the settings the connections use
     */
    public RedisSettings settings() {
        return settings;
    }

    /**
     * Whether the producer's connection is open now (not while it reconnects); never connects.
     *
     * @return true when it is open
     */
    public synchronized boolean producerConnected() {
        return producerConnection != null && producerConnection.isOpen();
    }

    /**
     * The shared connection for producing, opened on first use.
     *
     * @return the connection
     * @throws OpenEdxEventException ({@code OXE7101}) when no connection URL is set
     */
    public synchronized StatefulRedisConnection<String, byte[]> producerConnection() {
        if (producerConnection == null || !producerConnection.isOpen()) {
            producerConnection = client().connect(codec());
            producerConnection.setTimeout(settings.producerTimeout());
        }
        return producerConnection;
    }

    /**
     * A new connection for a consumer; its command timeout exceeds the blocking read.
     *
     * @return the connection; the caller closes it
     */
    public StatefulRedisConnection<String, byte[]> newConnection() {
        StatefulRedisConnection<String, byte[]> connection = client().connect(codec());
        connection.setTimeout(settings.pollTimeout().plus(Duration.ofSeconds(10)));
        return connection;
    }

    private synchronized RedisClient client() {
        if (client == null) {
            client = RedisClient.create(uri(settings));
            // Timeouts apply to asynchronous commands too (the producer's XADD, the consumers' XACK), not only to
            // waits.
            ClientOptions.Builder options =
                    ClientOptions.builder().autoReconnect(true).timeoutOptions(TimeoutOptions.enabled());
            RedisSettings.TlsFiles files = settings.tlsFiles();
            if (files != null && !files.equals(RedisSettings.TlsFiles.NONE)) {
                SslOptions.Builder ssl = SslOptions.builder().jdkSslProvider();
                if (files.caFile() != null) {
                    ssl.trustManager(files.caFile().toFile());
                }
                if (files.certFile() != null) {
                    ssl.keyManager(files.certFile().toFile(), files.keyFile().toFile(), null);
                }
                options.sslOptions(ssl.build());
            }
            client.setOptions(options.build());
        }
        return client;
    }

    static RedisURI uri(RedisSettings settings) {
        if (settings.connectionUrl() == null) {
            throw new OpenEdxEventException(
                    RedisError.SETTING_MISSING,
                    RedisSettings.CONNECTION_URL,
                    "redis://localhost:6379/0 or rediss://user:password@host:6380/0");
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(settings.connectionUrl());
        } catch (RuntimeException e) {
            throw new OpenEdxEventException(
                    OpenEdxError.SETTING_INVALID,
                    RedisSettings.CONNECTION_URL,
                    settings.connectionUrl().replaceAll("//[^@/]*@", "//***@"),
                    "redis://[user:password@]host:port/db or rediss://... (" + e.getMessage() + ")");
        }
        if (settings.password() != null) {
            String user = user(settings.connectionUrl());
            if (user == null) {
                uri.setAuthentication(settings.password().toCharArray());
            } else {
                uri.setAuthentication(
                        user, settings.password().toCharArray()); // the URL's user, the setting's password
            }
        }
        if (settings.tls()) {
            uri.setSsl(true);
        }
        if (!settings.verifyPeer()) {
            uri.setVerifyPeer(SslVerifyMode.NONE);
        }
        return uri;
    }

    /** The user name in a Redis URL ({@code redis://user:password@host}), or null. */
    private static String user(String url) {
        int scheme = url.indexOf("://");
        int at = url.indexOf('@', scheme + 3);
        if (scheme < 0 || at < 0) {
            return null;
        }
        String userInfo = url.substring(scheme + 3, at);
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        return user.isEmpty() ? null : java.net.URLDecoder.decode(user, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Closes the connections and the client, and with the client its Netty threads (event loops, timer), waiting
     * for them to end.
     */
    @PreDestroy
    public synchronized void close() {
        if (client == null) {
            return; // never connected (a dormant bus): Netty was not touched, and must not be now
        }
        try {
            if (producerConnection != null) {
                producerConnection.close();
                producerConnection = null;
            }
            if (client != null) {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
                client = null;
            }
        } finally {
            releaseNettyThreadLocals();
        }
    }

    /**
     * Drops what Netty keeps in the calling thread's thread-locals, unless the thread is one of Netty's own. A
     * container thread (a request, a transaction's completion, the undeployment) that used Lettuce otherwise keeps
     * Netty's thread-local map, an object of the application's class loader, after the application is gone: a
     * class-loader leak (Payara Server logs it as SEVERE when it undeploys the application). Netty creates the map
     * again when the thread next needs it.
     */
    static void releaseNettyThreadLocals() {
        if (!(Thread.currentThread() instanceof FastThreadLocalThread)) {
            FastThreadLocal.removeAll();
        }
    }
}

package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * Connection settings against real servers: one that requires a password ({@code --requirepass}) and one that
 * speaks only TLS and checks client certificates ({@code --port 0 --tls-port … --tls-auth-clients yes}). Each
 * working case publishes with the producer and consumes the entry back through a consumer, so both kinds of
 * connection are covered.
 */
@Tag("redis")
class RedisConnectionSettingsTest {

    private static final String PASSWORD = "test-secret-7f3a";

    @RegisterExtension
    static final RedisServer WITH_PASSWORD = RedisServer.withPassword(PASSWORD);

    @RegisterExtension
    static final RedisServer WITH_TLS = RedisServer.withTls();

    private static final UserData USER =
            new UserData(42, true, new UserPersonalData("tls-user", "tls@example.com", "T User"));

    private WeldContainer container;
    private RedisEventConsumer consumer;
    private Thread thread;

    @BeforeEach
    void reset() {
        LoginObserver.reset();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (consumer != null) {
            consumer.stop();
            thread.join(10_000);
            assertThat(thread.isAlive()).as("consumer thread ended").isFalse();
        }
        if (container != null) {
            container.close();
        }
    }

    @Test
    void thePasswordInTheUrlAuthenticatesProducerAndConsumer() throws Exception {
        String url = "redis://:" + PASSWORD + "@127.0.0.1:" + WITH_PASSWORD.port() + "/0";

        roundTrip(settings(Map.of(RedisSettings.CONNECTION_URL, url)));
    }

    @Test
    void thePasswordSettingAuthenticatesAUrlWithoutOne() throws Exception {
        roundTrip(
                settings(Map.of(RedisSettings.CONNECTION_URL, WITH_PASSWORD.url(), RedisSettings.PASSWORD, PASSWORD)));
    }

    @Test
    void thePasswordSettingOverridesAWrongPasswordInTheUrl() throws Exception {
        String url = "redis://:wrong@127.0.0.1:" + WITH_PASSWORD.port() + "/0";

        roundTrip(settings(Map.of(RedisSettings.CONNECTION_URL, url, RedisSettings.PASSWORD, PASSWORD)));
    }

    @Test
    void withoutThePasswordPublishingFailsWithRedisReasonAndTheSecretIsNotShown() {
        RedisSettings noPassword = settings(Map.of(RedisSettings.CONNECTION_URL, WITH_PASSWORD.url()));
        RedisSettings wrongPassword = settings(
                Map.of(RedisSettings.CONNECTION_URL, WITH_PASSWORD.url(), RedisSettings.PASSWORD, "not-" + PASSWORD));

        assertThat(failureReasons(noPassword))
                .anyMatch(reason -> reason.contains("NOAUTH"))
                .noneMatch(reason -> reason.contains(PASSWORD));
        assertThat(failureReasons(wrongPassword))
                .anyMatch(reason -> reason.contains("WRONGPASS"))
                .noneMatch(reason -> reason.contains(PASSWORD));
    }

    /**
     * Five publishing attempts, each of which must fail. Lettuce sometimes loses the server's reason when Redis
     * closes the connection right after refusing the credentials ("RedisHandshakeHandler not registered"), so the
     * reason is looked for in any of them; no attempt may show the secret.
     */
    private static List<String> failureReasons(RedisSettings settings) {
        List<String> reasons = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            reasons.add(publishFailure(settings));
        }
        return reasons;
    }

    @Test
    void tlsWithTheCaAndAClientCertificateWorks() throws Exception {
        TestCertificates tls = WITH_TLS.certificates();

        roundTrip(settings(Map.of(
                RedisSettings.CONNECTION_URL,
                WITH_TLS.url(),
                RedisSettings.TLS_CA_FILE,
                tls.caCertificate().toString(),
                RedisSettings.TLS_CERT_FILE,
                tls.clientCertificate().toString(),
                RedisSettings.TLS_KEY_FILE,
                tls.clientKey().toString())));
    }

    @Test
    void theTlsSettingTurnsOnTlsForARedisUrl() throws Exception {
        TestCertificates tls = WITH_TLS.certificates();

        roundTrip(settings(Map.of(
                RedisSettings.CONNECTION_URL,
                "redis://127.0.0.1:" + WITH_TLS.port() + "/0",
                RedisSettings.TLS,
                "true",
                RedisSettings.TLS_CA_FILE,
                tls.caCertificate().toString(),
                RedisSettings.TLS_CERT_FILE,
                tls.clientCertificate().toString(),
                RedisSettings.TLS_KEY_FILE,
                tls.clientKey().toString())));
    }

    @Test
    void aServerCertificateFromAnUntrustedCaIsRejectedUnlessVerificationIsOff() throws Exception {
        TestCertificates tls = WITH_TLS.certificates();
        Map<String, String> untrusted = new HashMap<>(Map.of(
                RedisSettings.CONNECTION_URL,
                WITH_TLS.url(),
                RedisSettings.TLS_CA_FILE,
                tls.otherCaCertificate().toString(),
                RedisSettings.TLS_CERT_FILE,
                tls.clientCertificate().toString(),
                RedisSettings.TLS_KEY_FILE,
                tls.clientKey().toString()));

        assertThat(publishFailure(settings(untrusted))).containsIgnoringCase("certificat");

        untrusted.put(RedisSettings.TLS_VERIFY_PEER, "false");
        roundTrip(settings(untrusted));
    }

    @Test
    void aServerThatChecksClientsRefusesAClientWithoutCertificate() {
        RedisSettings noClientCertificate = settings(Map.of(
                RedisSettings.CONNECTION_URL,
                WITH_TLS.url(),
                RedisSettings.TLS_CA_FILE,
                WITH_TLS.certificates().caCertificate().toString()));

        assertThat(publishFailure(noClientCertificate)).isNotBlank();
    }

    @Test
    void tlsFileSettingsAreCheckedWhenRead() {
        Path missing = Path.of("/nonexistent/ca.pem");
        assertThatThrownBy(() -> settings(Map.of(RedisSettings.TLS_CA_FILE, missing.toString())))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessage(
                        OpenEdxError.SETTING_INVALID.format(RedisSettings.TLS_CA_FILE, missing, "a readable PEM file"));
        String cert = WITH_TLS.certificates().clientCertificate().toString();
        assertThatThrownBy(() -> settings(Map.of(RedisSettings.TLS_CERT_FILE, cert)))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageContaining("OXE5001")
                .hasMessageContaining(RedisSettings.TLS_KEY_FILE)
                .hasMessageContaining("go together");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static RedisSettings settings(Map<String, String> values) {
        return RedisSettings.from(values::get)
                .withPolling(Duration.ofMillis(500), Duration.ofMillis(100))
                .withDefaults(
                        new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60)));
    }

    /** Publishes one event with the producer, consumes it with a consumer, and checks the observer got it. */
    private void roundTrip(RedisSettings settings) throws Exception {
        TestSettings.current = settings;
        container = new Weld("redis-settings-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(key -> null))
                .addExtension(new RedisEventBusExtension())
                .addBeanClasses(LoginObserver.class, TestSettings.class)
                .initialize();
        String topic = "settings-" + UUID.randomUUID();
        EventsMetadata metadata = metadata();
        container
                .select(RedisEventBusProducer.class)
                .get()
                .publish(LearningSignals.SESSION_LOGIN_COMPLETED, topic, USER, metadata);
        consumer = new RedisEventConsumer(
                container.select(RedisConnections.class).get(),
                container.select(OpenEdxEvents.class).get(),
                ConsumerOptions.of(topic, "g1", "c1", settings.defaults()).withCheckBacklog(true),
                null);
        thread = new Thread(consumer::consumeIndefinitely, "settings-consumer");
        thread.start();

        LoginObserver.Seen seen = LoginObserver.seen.poll(20, TimeUnit.SECONDS);
        assertThat(seen).as("consumed over the configured connection").isNotNull();
        assertThat(seen.metadata()).isEqualTo(metadata);
        assertThat(seen.user()).isEqualTo(USER);
    }

    /** Publishes with settings that must not work; returns every message of the failure and its causes. */
    private static String publishFailure(RedisSettings settings) {
        RedisConnections connections =
                new RedisConnections(settings.withPolling(Duration.ofSeconds(1), Duration.ofMillis(100)));
        try {
            RedisEventBusProducer producer = new RedisEventBusProducer(connections);
            Throwable failure = null;
            try {
                producer.publish(LearningSignals.SESSION_LOGIN_COMPLETED, "refused", USER, metadata());
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as("publishing must fail").isNotNull();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getClass().getName())
                        .append(": ")
                        .append(t.getMessage())
                        .append('\n');
            }
            return messages.toString();
        } finally {
            connections.close();
        }
    }

    private static EventsMetadata metadata() {
        return new EventsMetadata(
                LearningEvents.SESSION_LOGIN_COMPLETED,
                UUID.randomUUID(),
                0,
                "openedx/test/web",
                "test-host",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                List.of(11, 2, 0));
    }
}

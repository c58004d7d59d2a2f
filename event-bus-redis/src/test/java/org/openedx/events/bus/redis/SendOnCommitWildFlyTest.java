package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * Send-on-commit in a real JTA transaction on managed WildFly ({@code -Pwildfly,redis}): the producer writes the stream
 * entry only once the transaction has committed, with the metadata of the send, and nothing when it rolls back or
 * when the event was re-emitted from the bus.
 *
 * <p>The test side starts a real redis-server when Arquillian asks for the deployment, hands its URL to the
 * application in the archive's {@code microprofile-config.properties}, and stops it after the class (after the
 * undeployment; {@link StopRedis} is registered before Arquillian, so its callback runs after Arquillian's). The
 * test methods run inside the server, where {@link #redis} is never set.
 */
@Tag("redis")
@Tag("wildfly")
@ExtendWith(SendOnCommitWildFlyTest.StopRedis.class)
@ExtendWith(ArquillianExtension.class)
class SendOnCommitWildFlyTest {

    /** The libraries of {@code WEB-INF/lib}, copied there by the {@code wildfly} profile. */
    static final String LIBRARIES = "openedx.events.redis.deployment-libraries";

    static final String STREAM = "wildfly-user-login";

    private static final String LOGIN_CONFIG = "{\"org.openedx.learning.auth.session.login.completed.v1\": "
            + "{\"user-login\": {\"event_key_field\": \"user.pii.username\", \"enabled\": true}}}";

    /** Test side only: the server started for the deployment. */
    private static RedisServer redis;

    @Inject
    OpenEdxEvents events;

    @Inject
    UserTransaction transaction;

    @Inject
    RedisConnections connections;

    @Inject
    RedisEventBusProducer producer;

    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> commands;

    @Deployment
    static WebArchive deployment() throws Exception {
        redis = new RedisServer();
        redis.open();
        String config = "EVENT_BUS_REDIS_CONNECTION_URL=" + redis.url() + "\n"
                + "EVENT_BUS_TOPIC_PREFIX=wildfly\n"
                + "EVENT_BUS_PRODUCER_CONFIG=" + LOGIN_CONFIG + "\n";
        WebArchive war = ShrinkWrap.create(WebArchive.class, "send-on-commit.war")
                .addClasses(SendOnCommitWildFlyTest.class, StopRedis.class, RedisServer.class, TestCertificates.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                                + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>\n"),
                        "beans.xml");
        war.addAsLibraries(directoryLibrary("openedx-events-event-bus-redis.jar", RedisEventBusProducer.class));
        war.addAsLibraries(jarLibrary(Assertions.class));
        File libraries = new File(System.getProperty(LIBRARIES, "target/deployment-libs"));
        File[] jars = libraries.listFiles((dir, name) -> name.endsWith(".jar"));
        assertThat(jars)
                .as("libraries in %s (run with -Pwildfly,redis)", libraries)
                .isNotEmpty();
        assertThat(jars)
                .extracting(File::getName)
                .anyMatch(name -> name.startsWith("openedx-events-cdi"))
                .anyMatch(name -> name.startsWith("lettuce-core"));
        for (File jar : jars) {
            war.addAsLibraries(ShrinkWrap.create(ZipImporter.class, jar.getName())
                    .importFrom(jar)
                    .as(JavaArchive.class));
        }
        return war;
    }

    @BeforeEach
    void connect() {
        client = RedisClient.create(connections.settings().connectionUrl());
        connection = client.connect(RedisConnections.codec());
        commands = connection.sync();
        commands.del(STREAM);
    }

    @AfterEach
    void disconnect() {
        connection.close();
        client.shutdown();
    }

    @Test
    void theEntryIsWrittenWhenTheTransactionCommitsWithTheMetadataOfTheSend() throws Exception {
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user(1));
            assertThat(result.sent()).isTrue();
            assertThat(entries()).as("nothing before the commit").isEmpty();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        List<StreamMessage<String, byte[]>> entries = entries();
        assertThat(entries).as("one entry after the commit").hasSize(1);
        Map<String, byte[]> fields = entries.get(0).getBody();
        assertThat(text(fields, "id")).isEqualTo(result.metadata().id().toString());
        assertThat(text(fields, "type")).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED.eventType());
        assertThat(text(fields, "time"))
                .isEqualTo(org.openedx.events.support.IsoDateTimes.format(
                        result.metadata().time()));
    }

    @Test
    void nothingIsWrittenWhenTheTransactionRollsBack() throws Exception {
        transaction.begin();
        try {
            events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user(2));
        } finally {
            transaction.rollback();
        }
        String committed = sendCommitted(user(3));

        assertThat(entries()).extracting(entry -> text(entry.getBody(), "id")).containsExactly(committed);
    }

    @Test
    void nothingIsWrittenWhenTheCommitFailsBecauseTheTransactionWasMarkedForRollback() throws Exception {
        transaction.begin();
        try {
            events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user(4));
            transaction.setRollbackOnly();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        assertThatThrownBy(transaction::commit).isInstanceOf(RollbackException.class);
        String committed = sendCommitted(user(5));

        assertThat(entries()).extracting(entry -> text(entry.getBody(), "id")).containsExactly(committed);
    }

    @Test
    void anEventReEmittedFromTheBusIsNotPublishedAgain() throws Exception {
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED);
        transaction.begin();
        try {
            SendResult result =
                    events.sendWithCustomMetadata(producer, LearningSignals.SESSION_LOGIN_COMPLETED, user(6));
            assertThat(result.sent()).isTrue();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        events.sendWithCustomMetadata(
                events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED),
                LearningSignals.SESSION_LOGIN_COMPLETED,
                user(7)); // and without a transaction
        String committed = sendCommitted(user(8));

        assertThat(entries()).extracting(entry -> text(entry.getBody(), "id")).containsExactly(committed);
    }

    /** Sends in a committed transaction and returns the id of the send; a later entry orders the assertions. */
    private String sendCommitted(UserData user) throws Exception {
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user);
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        return result.metadata().id().toString();
    }

    /** The stream's entries once every entry the producer has sent is answered (it does not wait for Redis). */
    private List<StreamMessage<String, byte[]>> entries() throws InterruptedException {
        assertThat(producer.flush(Duration.ofSeconds(10)))
                .as("every entry sent answered")
                .isTrue();
        return commands.xrange(STREAM, Range.create("-", "+"));
    }

    private static UserData user(long id) {
        return new UserData(id, true, new UserPersonalData("user" + id, "user" + id + "@example.com", "User " + id));
    }

    private static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static JavaArchive directoryLibrary(String name, Class<?> anchor) throws Exception {
        File location = new File(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, name)
                        .importDirectory(location)
                        .as(JavaArchive.class)
                : ShrinkWrap.create(ZipImporter.class, location.getName())
                        .importFrom(location)
                        .as(JavaArchive.class);
    }

    private static JavaArchive jarLibrary(Class<?> anchor) throws Exception {
        File location = new File(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ShrinkWrap.create(ZipImporter.class, location.getName())
                .importFrom(location)
                .as(JavaArchive.class);
    }

    /** Stops the test side's redis-server after the class, whatever happened; does nothing inside the server. */
    static final class StopRedis implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            RedisServer server = redis;
            redis = null;
            if (server != null) {
                server.close();
            }
        }
    }
}

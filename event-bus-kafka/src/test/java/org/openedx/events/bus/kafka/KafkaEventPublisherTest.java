package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.wire.avro.AvroSchemas;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * The record of an event is the one upstream's event-bus-kafka writes: prefixed topic, upstream's subjects and
 * schema texts in the registry, the framed Avro value and key, the ten headers.
 */
class KafkaEventPublisherTest {

    private static final UserData USER = new UserData(42, true, new UserPersonalData("edx", "e@example.com", "Ed"));
    private static final EventsMetadata METADATA = new EventsMetadata(
            LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
            UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"),
            0,
            "openedx/lms/web",
            "lms-1",
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
            List.of(11, 2, 0));

    private SchemaRegistryStub registry;
    private KafkaEventPublisher publisher;

    @BeforeEach
    void start() throws IOException {
        registry = new SchemaRegistryStub();
        KafkaSettings settings = KafkaTestSettings.of("127.0.0.1:1", registry.url(), "dev", Map.of());
        publisher = new KafkaEventPublisher(
                settings, null, new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void theRecordIsUpstreams() {
        ProducerRecord<byte[], byte[]> record = publisher.record(
                LearningSignals.SESSION_LOGIN_COMPLETED, "user-login", "user.pii.username", USER, METADATA);

        assertThat(record.topic()).isEqualTo("dev-user-login");
        assertThat(record.partition()).isNull();
        String valueSubject = "dev-user-login-org.openedx.learning.auth.session.login.completed.v1.CloudEvent";
        assertThat(registry.subjects()).containsOnlyKeys(valueSubject, "dev-user-login-string");
        int valueId = registry.subjects().get(valueSubject).get(0);
        int keyId = registry.subjects().get("dev-user-login-string").get(0);
        assertThat(registry.schema(valueId))
                .isEqualTo(AvroSchemas.schemaString(LearningSignals.SESSION_LOGIN_COMPLETED));
        assertThat(registry.schema(keyId)).isEqualTo("{\"name\": \"username\", \"type\": \"string\"}");

        ConfluentFraming.Framed value = ConfluentFraming.parse(record.value());
        assertThat(value.schemaId()).isEqualTo(valueId);
        assertThat(value.body())
                .isEqualTo(new AvroSignalSerializer<>(LearningSignals.SESSION_LOGIN_COMPLETED).serialize(USER));
        ConfluentFraming.Framed key = ConfluentFraming.parse(record.key());
        assertThat(key.schemaId()).isEqualTo(keyId);
        assertThat(key.body()).containsExactly(6, 'e', 'd', 'x');
        assertThat(record.headers().toArray())
                .extracting(Header::key)
                .containsExactly(
                        "ce_specversion",
                        "content-type",
                        "ce_datacontenttype",
                        "ce_type",
                        "ce_id",
                        "ce_source",
                        "ce_time",
                        "ce_minorversion",
                        "sourcehost",
                        "sourcelib");
        assertThat(new String(record.headers().lastHeader("ce_time").value(), StandardCharsets.UTF_8))
                .isEqualTo("2024-01-02T03:04:05+00:00");
    }

    @Test
    void schemasAreRegisteredOnceAndNoKeyFieldMeansNoKey() {
        for (int i = 0; i < 3; i++) {
            publisher.record(LearningSignals.SESSION_LOGIN_COMPLETED, "user-login", "user.id", USER, METADATA);
        }
        assertThat(registry.requests()).hasSize(2);
        assertThat(registry.subjects()).containsKey("dev-user-login-long");
        assertThat(publisher
                        .record(LearningSignals.SESSION_LOGIN_COMPLETED, "user-login", "", USER, METADATA)
                        .key())
                .isNull();
    }
}

package org.openedx.events.sample.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.openedx.events.bus.ProducerConfig;
import org.openedx.events.bus.TopicConfig;
import org.openedx.events.bus.kafka.KafkaConsumerOptions;
import org.openedx.events.bus.kafka.KafkaEventBusProducer;
import org.openedx.events.bus.kafka.KafkaSettings;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.learning.LearningSignals;

/** The settings the Kafka mode supplies, read back by the Kafka bus's own parsers, and the choice when both modes are on. */
class KafkaModeTest {

    private static final String SERVERS = "127.0.0.1:9092";
    private static final String REGISTRY = "http://127.0.0.1:18081";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutBootstrapServersTheModeIsOffAndSuppliesNothing(String value) {
        // The registry switch alone does not turn the mode on.
        KafkaMode mode = new KafkaMode(key -> KafkaMode.SWITCH.equals(key) ? value : REGISTRY);

        assertThat(mode.isOn()).isFalse();
        assertThat(mode.getProperties()).isEmpty();
        assertThat(mode.getPropertyNames()).isEmpty();
        assertThat(mode.getValue(KafkaSettings.BOOTSTRAP_SERVERS)).isNull();
        // The bus reads these settings as "not configured": no consumer, nothing to produce.
        assertThat(KafkaConsumerOptions.listFromJson(
                        mode.getValue(KafkaConsumerOptions.CONSUMERS), Duration.ofSeconds(1)))
                .isEmpty();
        assertThat(ProducerConfig.fromJson(mode.getValue(ProducerConfig.SETTING))
                        .eventTypes())
                .isEmpty();
    }

    @Test
    void theSwitchesAreReadUnderTheirOwnNames() {
        KafkaMode mode = new KafkaMode(lookup(" " + SERVERS + " ", " " + REGISTRY + " "));

        assertThat(mode.isOn()).isTrue();
        KafkaSettings settings = KafkaSettings.from(mode::getValue);
        assertThat(settings.bootstrapServers()).isEqualTo(SERVERS);
        assertThat(settings.schemaRegistryUrl()).isEqualTo(REGISTRY);
        assertThat(mode.getOrdinal()).isEqualTo(210);
        assertThat(mode.getName()).contains(KafkaMode.SWITCH);
    }

    @Test
    void withoutARegistryTheDefaultPortOnLoopbackIsUsed() {
        KafkaMode mode = new KafkaMode(lookup(SERVERS, null));

        assertThat(KafkaSettings.from(mode::getValue).schemaRegistryUrl()).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void theTopicsPrefixAndProducerConfigurationAreTheRedisModes() {
        KafkaMode mode = on();
        ProducerConfig config = ProducerConfig.fromJson(mode.getValue(ProducerConfig.SETTING));

        assertThat(config.enabledTopics(LearningSignals.COURSE_ENROLLMENT_CREATED.eventType()))
                .containsExactly(new TopicConfig(RedisMode.ENROLLMENT_TOPIC, "enrollment.course.course_key", true));
        assertThat(config.enabledTopics(ContentAuthoringSignals.XBLOCK_PUBLISHED.eventType()))
                .containsExactly(new TopicConfig(RedisMode.XBLOCK_TOPIC, "xblock_info.usage_key", true));
        assertThat(KafkaSettings.from(mode::getValue).fullTopic(RedisMode.ENROLLMENT_TOPIC))
                .isEqualTo("sample-course-enrollment-lifecycle");
        assertThat(mode.getValue(ProducerConfig.SETTING))
                .isEqualTo(new RedisMode(key -> "redis://127.0.0.1:6379/0").getValue(ProducerConfig.SETTING));
    }

    @Test
    void oneConsumerPerTopicInGroupSampleWithThreeAttempts() {
        List<KafkaConsumerOptions> consumers =
                KafkaConsumerOptions.listFromJson(on().getValue(KafkaConsumerOptions.CONSUMERS), Duration.ofSeconds(1));

        assertThat(consumers)
                .extracting(KafkaConsumerOptions::topic)
                .containsExactly(RedisMode.ENROLLMENT_TOPIC, RedisMode.XBLOCK_TOPIC);
        assertThat(consumers)
                .extracting(KafkaConsumerOptions::signal)
                .containsExactly(LearningSignals.COURSE_ENROLLMENT_CREATED, ContentAuthoringSignals.XBLOCK_PUBLISHED);
        assertThat(consumers).allSatisfy(consumer -> {
            assertThat(consumer.groupId()).isEqualTo(RedisMode.GROUP);
            assertThat(consumer.maxAttempts()).isEqualTo(3);
            assertThat(consumer.backoff()).isEqualTo(Duration.ofMillis(500));
            assertThat(consumer.offsetTime()).isNull();
        });
    }

    @Test
    void aNewGroupReadsItsTopicsFromTheStart() {
        Properties consumer = KafkaSettings.from(on()::getValue).consumerProperties(RedisMode.GROUP);

        assertThat(consumer.getProperty("auto.offset.reset")).isEqualTo("earliest");
        assertThat(consumer.getProperty("enable.auto.commit")).isEqualTo("false");
    }

    @Test
    void itSuppliesOnlyTheBusSettingsAndNamesTheKafkaProducer() {
        Map<String, String> properties = on().getProperties();

        assertThat(properties.keySet())
                .containsExactlyInAnyOrder(
                        "EVENT_BUS_KAFKA_BOOTSTRAP_SERVERS",
                        "EVENT_BUS_KAFKA_SCHEMA_REGISTRY_URL",
                        "EVENT_BUS_TOPIC_PREFIX",
                        "EVENT_BUS_PRODUCER_CONFIG",
                        "EVENT_BUS_PRODUCER",
                        "openedx.events.kafka.consumers",
                        "openedx.events.kafka.client-properties");
        assertThat(properties.get("EVENT_BUS_PRODUCER"))
                .isEqualTo(new KafkaEventBusProducer(KafkaSettings.from(on()::getValue)).name());
        assertThat(on().getPropertyNames()).isEqualTo(properties.keySet());
    }

    @Test
    void withBothModesOnKafkaProducesAndBothModesConsumers() {
        List<ConfigSource> sources =
                List.of(new RedisMode(key -> RedisMode.SWITCH.equals(key) ? "redis://127.0.0.1:6379/0" : null), on());
        Function<String, String> config = resolved(sources);

        assertThat(config.apply("EVENT_BUS_PRODUCER"))
                .isEqualTo(new KafkaEventBusProducer(KafkaSettings.from(config)).name());
        assertThat(config.apply("EVENT_BUS_PRODUCER"))
                .isNotEqualTo(new RedisEventBusProducer((RedisConnections) null).name());
        assertThat(config.apply("EVENT_BUS_REDIS_CONNECTION_URL")).isEqualTo("redis://127.0.0.1:6379/0");
        assertThat(config.apply("openedx.events.redis.consumers")).contains(RedisMode.ENROLLMENT_TOPIC);
        assertThat(config.apply(KafkaConsumerOptions.CONSUMERS)).contains(RedisMode.ENROLLMENT_TOPIC);
        assertThat(config.apply("EVENT_BUS_PRODUCER_CONFIG")).isEqualTo(on().getValue("EVENT_BUS_PRODUCER_CONFIG"));
    }

    @Test
    void theKafkaModeOutranksTheRedisModeAndYieldsToTheEnvironment() {
        assertThat(KafkaMode.ORDINAL).isGreaterThan(RedisMode.ORDINAL).isLessThan(300);
    }

    /** MicroProfile Config's rule: the source with the highest ordinal that has the property wins. */
    private static Function<String, String> resolved(List<ConfigSource> sources) {
        List<ConfigSource> ordered = sources.stream()
                .sorted(Comparator.comparingInt(ConfigSource::getOrdinal).reversed())
                .toList();
        return key -> ordered.stream()
                .map(source -> source.getValue(key))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Function<String, String> lookup(String servers, String registry) {
        return key -> KafkaMode.SWITCH.equals(key) ? servers : KafkaMode.REGISTRY_SWITCH.equals(key) ? registry : null;
    }

    private static KafkaMode on() {
        return new KafkaMode(lookup(SERVERS, REGISTRY));
    }
}

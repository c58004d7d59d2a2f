package org.openedx.events.sample.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.openedx.events.bus.ProducerConfig;
import org.openedx.events.bus.TopicConfig;
import org.openedx.events.bus.redis.ConsumerOptions;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.learning.LearningSignals;

/** The settings the Redis mode supplies, read back by the bus's own parsers. */
class RedisModeTest {

    private static final String URL = "redis://127.0.0.1:6379/0";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutAUrlTheModeIsOffAndSuppliesNothing(String value) {
        RedisMode mode = new RedisMode(key -> value);

        assertThat(mode.isOn()).isFalse();
        assertThat(mode.getProperties()).isEmpty();
        assertThat(mode.getPropertyNames()).isEmpty();
        assertThat(mode.getValue("EVENT_BUS_REDIS_CONNECTION_URL")).isNull();
        // The bus reads these settings as "not configured": no producer, no consumer.
        RedisSettings settings = RedisSettings.from(mode::getValue);
        assertThat(settings.connectionUrl()).isNull();
        assertThat(ConsumerOptions.listFromJson(settings.consumers(), settings.defaults()))
                .isEmpty();
        assertThat(ProducerConfig.fromJson(mode.getValue(ProducerConfig.SETTING))
                        .eventTypes())
                .isEmpty();
    }

    @Test
    void theSwitchIsReadUnderItsOwnName() {
        RedisMode mode = new RedisMode(key -> RedisMode.SWITCH.equals(key) ? " " + URL + " " : null);

        assertThat(mode.isOn()).isTrue();
        assertThat(mode.getValue("EVENT_BUS_REDIS_CONNECTION_URL")).isEqualTo(URL);
        assertThat(mode.getOrdinal()).isEqualTo(200);
        assertThat(mode.getName()).contains(RedisMode.SWITCH);
    }

    @Test
    void theProducerConfigurationPublishesEnrollmentsAndPublishedBlocksToTheirTopics() {
        ProducerConfig config = ProducerConfig.fromJson(on().getValue(ProducerConfig.SETTING));

        assertThat(config.enabledTopics(LearningSignals.COURSE_ENROLLMENT_CREATED.eventType()))
                .containsExactly(new TopicConfig(RedisMode.ENROLLMENT_TOPIC, "enrollment.course.course_key", true));
        assertThat(config.enabledTopics(ContentAuthoringSignals.XBLOCK_PUBLISHED.eventType()))
                .containsExactly(new TopicConfig(RedisMode.XBLOCK_TOPIC, "xblock_info.usage_key", true));
        assertThat(config.eventTypes()).hasSize(2);
    }

    @Test
    void oneConsumerPerTopicContinuesWhereTheGroupLeftOff() {
        RedisSettings settings = RedisSettings.from(on()::getValue);

        assertThat(settings.connectionUrl()).isEqualTo(URL);
        assertThat(settings.streamKey(RedisMode.ENROLLMENT_TOPIC)).isEqualTo("sample-course-enrollment-lifecycle");
        List<ConsumerOptions> consumers = ConsumerOptions.listFromJson(settings.consumers(), settings.defaults());
        assertThat(consumers)
                .extracting(ConsumerOptions::topic)
                .containsExactly(RedisMode.ENROLLMENT_TOPIC, RedisMode.XBLOCK_TOPIC);
        assertThat(consumers)
                .extracting(ConsumerOptions::signal)
                .containsExactly(LearningSignals.COURSE_ENROLLMENT_CREATED, ContentAuthoringSignals.XBLOCK_PUBLISHED);
        assertThat(consumers).allSatisfy(consumer -> {
            assertThat(consumer.group()).isEqualTo(RedisMode.GROUP);
            assertThat(consumer.consumerName()).isEqualTo("sample-1");
            assertThat(consumer.checkBacklog()).isTrue();
            assertThat(consumer.retry().maxAttempts()).isEqualTo(RedisMode.MAX_ATTEMPTS);
        });
    }

    @Test
    void theOutboxSwitchAddsTheOutboxSettingsToTheRedisModeOnly() {
        RedisMode withOutbox = new RedisMode(key -> switch (key) {
            case RedisMode.SWITCH -> URL;
            case RedisMode.OUTBOX_SWITCH -> " TRUE ";
            default -> null;
        });
        RedisMode outboxAlone = new RedisMode(key -> RedisMode.OUTBOX_SWITCH.equals(key) ? "true" : null);

        assertThat(withOutbox.getProperties())
                .containsEntry("openedx.events.outbox.enabled", "true")
                .containsEntry("openedx.events.outbox.create-table", "true")
                .containsEntry("EVENT_BUS_REDIS_CONNECTION_URL", URL);
        assertThat(outboxAlone.getProperties())
                .as("no Redis, no bus, no outbox")
                .isEmpty();
        assertThat(on().getProperties()).doesNotContainKey("openedx.events.outbox.enabled");
    }

    @Test
    void itSuppliesOnlyTheBusSettings() {
        Map<String, String> properties = on().getProperties();

        assertThat(properties.keySet())
                .containsExactlyInAnyOrder(
                        "EVENT_BUS_REDIS_CONNECTION_URL",
                        "EVENT_BUS_TOPIC_PREFIX",
                        "EVENT_BUS_PRODUCER_CONFIG",
                        "EVENT_BUS_PRODUCER",
                        "openedx.events.redis.consumers");
        // The WAR carries two back ends: the library must be told which one produces.
        assertThat(properties).containsEntry("EVENT_BUS_PRODUCER", "redis");
        assertThat(on().getPropertyNames()).isEqualTo(properties.keySet());
    }

    private static RedisMode on() {
        return new RedisMode(key -> RedisMode.SWITCH.equals(key) ? URL : null);
    }
}

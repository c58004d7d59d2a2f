package org.openedx.events.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;

/** Which back end produces when several are deployed: upstream's EVENT_BUS_PRODUCER chooses. */
class ProducerSelectionTest {

    private static final EventBusProducer REDIS = named("redis");
    private static final EventBusProducer KAFKA = named("kafka");

    @Test
    void oneProducerIsTheProducerWhateverTheSetting() {
        assertThat(ProducerSelection.choose(List.of(REDIS), null)).contains(REDIS);
        assertThat(ProducerSelection.choose(List.of(REDIS), "kafka")).contains(REDIS);
        assertThat(ProducerSelection.choose(List.of(), "kafka")).isEmpty();
    }

    @Test
    void withSeveralTheSettingNamesOneByNameOrByUpstreamsDottedPath() {
        assertThat(ProducerSelection.choose(List.of(REDIS, KAFKA), "kafka")).contains(KAFKA);
        assertThat(ProducerSelection.choose(List.of(REDIS, KAFKA), "Redis")).contains(REDIS);
        assertThat(ProducerSelection.choose(List.of(REDIS, KAFKA), "edx_event_bus_kafka.create_producer"))
                .contains(KAFKA);
        assertThat(ProducerSelection.choose(List.of(REDIS, KAFKA), "edx_event_bus_redis.create_producer"))
                .contains(REDIS);
    }

    @Test
    void withSeveralAndNoChoiceTheDeploymentIsToldWhatToSet() {
        assertThatThrownBy(() -> ProducerSelection.choose(List.of(REDIS, KAFKA), null))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessage("OXE7010: Several event-bus producers are deployed ([kafka, redis]) and "
                        + "EVENT_BUS_PRODUCER is ''; set EVENT_BUS_PRODUCER to the name of one of them (upstream's "
                        + "dotted paths, such as edx_event_bus_kafka.create_producer, are understood too)");
        assertThatThrownBy(() -> ProducerSelection.choose(List.of(REDIS, KAFKA), "rabbit"))
                .hasMessageContaining("EVENT_BUS_PRODUCER is 'rabbit'");
    }

    private static EventBusProducer named(String name) {
        return new EventBusProducer() {
            @Override
            public void send(
                    OpenEdxPublicSignal<?> signal,
                    String topic,
                    String eventKeyField,
                    Object data,
                    EventsMetadata metadata) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}

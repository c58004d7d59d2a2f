package org.openedx.events.bus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openedx.events.OpenEdxEventException;

/**
 * Which deployed back end produces, as upstream's {@code EVENT_BUS_PRODUCER} setting chooses it: with one producer,
 * that one; with several, the one the setting names, by its {@link EventBusProducer#name()} or by upstream's dotted
 * path ({@code edx_event_bus_kafka.create_producer} names {@code kafka}).
 */
final class ProducerSelection {

    /** Upstream's setting. */
    static final String SETTING = "EVENT_BUS_PRODUCER";

    private ProducerSelection() {}

    /**
     * Chooses the producer.
     *
     * @param producers the deployed producers
     * @param setting the value of {@code EVENT_BUS_PRODUCER}, or null
     * @return the producer, or empty when none is deployed
     * @throws OpenEdxEventException ({@code OXE7010}) when several are deployed and the setting names none of them
     */
    static Optional<EventBusProducer> choose(List<EventBusProducer> producers, String setting) {
        if (producers.size() <= 1) {
            return producers.stream().findFirst();
        }
        String wanted = setting == null ? "" : setting.toLowerCase(Locale.ROOT);
        List<EventBusProducer> named = producers.stream()
                .filter(p -> !wanted.isEmpty()
                        && (wanted.equals(p.name()) || wanted.contains("event_bus_" + p.name() + ".")))
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        throw new OpenEdxEventException(
                BusError.PRODUCER_AMBIGUOUS,
                producers.stream().map(EventBusProducer::name).sorted().toList(),
                setting == null ? "" : setting);
    }
}

package org.openedx.events.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.catalog.custom.PaymentRefundedData;

/** Sources for parameterized tests over the payload records. */
final class PayloadRecords {

    private PayloadRecords() {}

    /**
     * Every payload record of the upstream catalog (54: all data classes but the hand-written
     * {@link EventsMetadata} envelope), then the user-defined example payload.
     */
    static List<Class<?>> all() {
        Stream<Class<?>> upstream = UpstreamCatalog.get().dataClasses().keySet().stream()
                .<Class<?>>map(UpstreamCatalog::javaClass)
                .filter(type -> type != EventsMetadata.class);
        return Stream.concat(upstream, Stream.of(PaymentRefundedData.class)).toList();
    }

    /**
     * The components whose null the canonical constructor replaces with an empty value: upstream's
     * {@code factory=str/list/dict} fields and the {@code default=dict} quirk.
     */
    static Set<String> emptyDefaulted(Class<?> recordType) {
        return UpstreamCatalog.get()
                .dataClassOf(recordType)
                .map(cls -> cls.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                        .filter(f -> !f.isNull("default_factory")
                                || "dict".equals(UpstreamCatalog.stringOrNull(f, "default_repr")))
                        .map(f -> UpstreamCatalog.camel(f.getString("name")))
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}

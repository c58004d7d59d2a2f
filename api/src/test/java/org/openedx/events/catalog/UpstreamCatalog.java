package org.openedx.events.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The upstream catalog ({@code openedx-events-catalog.json}, extracted from openedx-events 11.2.0) as the tests read
 * it, with the package conventions that map its names to Java classes.
 */
public final class UpstreamCatalog {

    /** The class path resource of the catalog. */
    public static final String RESOURCE = "/openedx-events-catalog.json";

    private static final UpstreamCatalog INSTANCE = load();

    private final List<JsonObject> events;
    private final Map<String, JsonObject> dataClasses;

    private UpstreamCatalog(JsonObject root) {
        this.events = root.getJsonArray("events").getValuesAs(JsonObject.class);
        Map<String, JsonObject> classes = new LinkedHashMap<>();
        for (JsonObject cls : root.getJsonArray("data_classes").getValuesAs(JsonObject.class)) {
            classes.put(cls.getString("qualified_name"), cls);
        }
        this.dataClasses = classes;
    }

    /** The catalog, loaded once. */
    public static UpstreamCatalog get() {
        return INSTANCE;
    }

    private static UpstreamCatalog load() {
        try (InputStream in = UpstreamCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + RESOURCE + " is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return new UpstreamCatalog(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 75 events, in upstream's load order. */
    public List<JsonObject> events() {
        return events;
    }

    /** The 55 data classes by qualified upstream name, in catalog order. */
    public Map<String, JsonObject> dataClasses() {
        return dataClasses;
    }

    /** The event of a type, if upstream defines it. */
    public Optional<JsonObject> event(String eventType) {
        return events.stream()
                .filter(e -> e.getString("event_type").equals(eventType))
                .findFirst();
    }

    /** The data class of a Java record, if it is one of upstream's. */
    public Optional<JsonObject> dataClassOf(Class<?> javaClass) {
        return dataClasses.values().stream()
                .filter(cls -> javaClassName(cls.getString("qualified_name")).equals(javaClass.getName()))
                .findFirst();
    }

    /** The only payload key of an event and its qualified upstream class. */
    public static Map.Entry<String, JsonValue> payload(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        if (data.size() != 1) {
            throw new IllegalStateException(event.getString("name") + " has " + data.size() + " data keys");
        }
        return data.entrySet().iterator().next();
    }

    /** A string member that may be JSON null. */
    public static String stringOrNull(JsonObject object, String name) {
        return object.isNull(name) ? null : object.getString(name);
    }

    /**
     * The Java class name of an upstream class: {@code openedx_events.<sub>.data.X} is
     * {@code org.openedx.events.<sub without underscores>.data.X}; {@code openedx_events.data.X} (the metadata
     * envelope) is {@code org.openedx.events.X}.
     */
    public static String javaClassName(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        StringBuilder name = new StringBuilder("org.openedx.events");
        for (int i = 1; i < parts.length - 1; i++) {
            if (i == 1 && parts.length == 3 && parts[i].equals("data")) {
                continue;
            }
            name.append('.').append(parts[i].replace("_", ""));
        }
        return name.append('.').append(parts[parts.length - 1]).toString();
    }

    /** The Java class of an upstream class. */
    public static Class<?> javaClass(String qualifiedName) {
        try {
            return Class.forName(javaClassName(qualifiedName));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No Java class for " + qualifiedName + ": " + e.getMessage(), e);
        }
    }

    /** The Java package of a subdomain: {@code content_authoring} is {@code org.openedx.events.contentauthoring}. */
    public static String javaPackage(String subdomain) {
        return "org.openedx.events." + subdomain.replace("_", "");
    }

    /** The class-name prefix of a subdomain: {@code content_authoring} is {@code ContentAuthoring}. */
    public static String javaPrefix(String subdomain) {
        StringBuilder prefix = new StringBuilder();
        for (String part : subdomain.split("_")) {
            prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return prefix.toString();
    }

    /** Upstream snake_case to Java camelCase. */
    public static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}

package org.openedx.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Proves that the Java catalog is upstream's catalog: every signal and every payload record is checked against
 * {@code openedx-events-catalog.json}, and each test reports all differences at once.
 */
class CatalogConformanceTest {

    private static final Set<String> KEY_TYPES = Set.of(
            "CourseKey",
            "UsageKey",
            "CCXLocator",
            "LibraryLocatorV2",
            "LibraryUsageLocatorV2",
            "LibraryCollectionLocator",
            "LibraryContainerLocator");

    private static final Map<String, String> SIMPLE_TYPES = Map.of(
            "str", "java.lang.String",
            "datetime", "java.time.OffsetDateTime",
            "UUID", "java.util.UUID",
            "BinaryIO", "byte[]");

    private static final Map<String, List<String>> NUMBER_TYPES = Map.of(
            "int", List.of("long", "java.lang.Long"),
            "bool", List.of("boolean", "java.lang.Boolean"),
            "float", List.of("double", "java.lang.Double"));

    private final UpstreamCatalog catalog = UpstreamCatalog.get();

    @Test
    void builtInSignalsAreTheCatalogEventsInUpstreamOrder() {
        List<String> problems = new ArrayList<>();
        List<JsonObject> events = catalog.events();
        List<OpenEdxPublicSignal<?>> all = OpenEdxPublicSignal.allEvents();
        assertThat(events).hasSize(75);
        assertThat(all).hasSizeGreaterThanOrEqualTo(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonObject event = events.get(i);
            OpenEdxPublicSignal<?> signal = all.get(i);
            String name = event.getString("name");
            String where = "#" + i + " " + name + ": ";
            Map.Entry<String, ?> payload = UpstreamCatalog.payload(event);
            String qualified = event.getJsonObject("data").getString(payload.getKey());
            check(problems, where + "event type", event.getString("event_type"), signal.eventType());
            check(problems, where + "data key", payload.getKey(), signal.dataKey());
            check(
                    problems,
                    where + "data class",
                    UpstreamCatalog.javaClassName(qualified),
                    signal.dataType().getName());
            check(
                    problems,
                    where + "event key field",
                    Optional.ofNullable(UpstreamCatalog.stringOrNull(event, "event_key_field")),
                    signal.eventKeyField());
            check(problems, where + "minor version", event.getInt("minor_version"), signal.minorVersion());
            check(
                    problems,
                    where + "lookup by type",
                    signal,
                    OpenEdxPublicSignal.findSignalByType(event.getString("event_type"))
                            .orElse(null));
            String subdomain = event.getString("subdomain");
            check(
                    problems,
                    where + "constant in " + signalsClass(subdomain).getSimpleName(),
                    signal,
                    constant(signalsClass(subdomain), name));
            check(
                    problems,
                    where + "constant in " + eventsClass(subdomain).getSimpleName(),
                    event.getString("event_type"),
                    constant(eventsClass(subdomain), name));
        }
        Map<String, List<String>> bySubdomain = new LinkedHashMap<>();
        for (JsonObject event : events) {
            bySubdomain
                    .computeIfAbsent(event.getString("subdomain"), s -> new ArrayList<>())
                    .add(event.getString("event_type"));
        }
        bySubdomain.forEach((subdomain, types) -> check(
                problems,
                signalsClass(subdomain).getSimpleName() + ".ALL",
                types,
                ((List<?>) constant(signalsClass(subdomain), "ALL"))
                        .stream()
                                .map(s -> ((OpenEdxPublicSignal<?>) s).eventType())
                                .toList()));
        assertThat(problems)
                .as("differences between the Java signals and the upstream catalog")
                .isEmpty();
    }

    @Test
    void everyPayloadRecordMatchesItsCatalogDataClass() {
        List<String> problems = new ArrayList<>();
        assertThat(catalog.dataClasses()).hasSize(55);
        for (JsonObject cls : catalog.dataClasses().values()) {
            String qualified = cls.getString("qualified_name");
            Class<?> type;
            try {
                type = UpstreamCatalog.javaClass(qualified);
            } catch (IllegalStateException e) {
                problems.add(qualified + ": " + e.getMessage());
                continue;
            }
            if (type == EventsMetadata.class) {
                checkMetadata(cls, problems);
            } else {
                checkRecord(cls, type, problems);
            }
        }
        assertThat(problems)
                .as("differences between the Java records and the upstream catalog")
                .isEmpty();
    }

    @Test
    void recordsWithDefaultsHaveOneRequiredOnlyConstructorApplyingUpstreamDefaults() {
        List<String> problems = new ArrayList<>();
        for (JsonObject cls : catalog.dataClasses().values()) {
            Class<?> type = UpstreamCatalog.javaClass(cls.getString("qualified_name"));
            if (type == EventsMetadata.class) {
                continue;
            }
            String where = type.getName() + ": ";
            List<JsonObject> fields = cls.getJsonArray("fields").getValuesAs(JsonObject.class);
            RecordComponent[] components = type.getRecordComponents();
            List<Class<?>> requiredTypes = new ArrayList<>();
            List<Object> requiredValues = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getBoolean("required")) {
                    requiredTypes.add(components[i].getType());
                    requiredValues.add(Samples.value(components[i].getGenericType(), components[i].getName()));
                }
            }
            boolean hasDefaults = requiredTypes.size() < fields.size();
            List<Constructor<?>> constructors = Arrays.stream(type.getDeclaredConstructors())
                    .filter(c -> Modifier.isPublic(c.getModifiers()))
                    .toList();
            check(problems, where + "public constructors", hasDefaults ? 2 : 1, constructors.size());
            if (!hasDefaults) {
                continue;
            }
            Object instance;
            try {
                instance = type.getConstructor(requiredTypes.toArray(Class<?>[]::new))
                        .newInstance(requiredValues.toArray());
            } catch (ReflectiveOperationException e) {
                problems.add(where + "no constructor taking only the required components " + requiredTypes);
                continue;
            }
            for (int i = 0; i < fields.size(); i++) {
                JsonObject field = fields.get(i);
                if (!field.getBoolean("required")) {
                    check(
                            problems,
                            where + components[i].getName() + " default",
                            upstreamDefault(field),
                            accessor(components[i], instance));
                }
            }
        }
        assertThat(problems).as("required-only constructors").isEmpty();
    }

    private void checkRecord(JsonObject cls, Class<?> type, List<String> problems) {
        String where = type.getName();
        if (!type.isRecord()) {
            problems.add(where + ": is not a record");
            return;
        }
        List<JsonObject> fields = cls.getJsonArray("fields").getValuesAs(JsonObject.class);
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != fields.size()) {
            problems.add(where + ": " + components.length + " components, the catalog has " + fields.size() + " fields "
                    + fields.stream().map(f -> f.getString("name")).toList());
            return;
        }
        String module = cls.getString("module");
        for (int i = 0; i < fields.size(); i++) {
            JsonObject field = fields.get(i);
            RecordComponent component = components[i];
            Field javaField = declaredField(type, component.getName());
            String name = field.getString("name");
            String at = where + "." + component.getName() + " (#" + i + ", upstream " + name + "): ";
            check(problems, at + "Java name", UpstreamCatalog.camel(name), component.getName());
            check(problems, at + "wire name", name, wireName(javaField));
            boolean nullable = field.getBoolean("default_is_none");
            check(
                    problems,
                    at + "Java type",
                    expectedType(field.getString("type"), module, nullable),
                    component.getGenericType().getTypeName());
            boolean primitive = component.getType().isPrimitive();
            boolean notNull = javaField.isAnnotationPresent(NotNull.class);
            if (nullable && (primitive || notNull)) {
                problems.add(at + "upstream defaults it to None, so it must be nullable (no primitive, no @NotNull)");
            }
            if (!nullable && !primitive && !notNull) {
                problems.add(at + "upstream never sets it to None, so it must be primitive or @NotNull");
            }
            if (primitive && notNull) {
                problems.add(at + "a primitive needs no @NotNull");
            }
            boolean nested = field.getString("type_kind").equals("data_class");
            check(problems, at + "@Valid on a nested record", nested, javaField.isAnnotationPresent(Valid.class));
            checkElements(javaField.getAnnotatedType(), at, problems);
        }
    }

    /** Container elements: every element (and map value) type is @NotNull, records also @Valid. */
    private static void checkElements(AnnotatedType annotated, String at, List<String> problems) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)) {
            return;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        AnnotatedType element = arguments[arguments.length - 1];
        String elementName = element.getType().getTypeName();
        if (!element.isAnnotationPresent(NotNull.class)) {
            problems.add(at + "element type " + elementName + " lacks @NotNull");
        }
        boolean record = element.getType() instanceof Class<?> c && c.isRecord();
        if (record != element.isAnnotationPresent(Valid.class)) {
            problems.add(at + "element type " + elementName + (record ? " lacks @Valid" : " has @Valid"));
        }
        checkElements(element, at, problems);
    }

    /**
     * The metadata envelope is hand-written ({@code org.openedx.events.EventsMetadata}, not JSON-B bound): it
     * follows upstream's attribute order and names (camelCase, ignoring case), but makes every field required and
     * carries {@code sourcelib} (a tuple upstream) as a list of integers.
     */
    private static void checkMetadata(JsonObject cls, List<String> problems) {
        List<String> upstream = cls.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> UpstreamCatalog.camel(f.getString("name")).toLowerCase())
                .toList();
        List<String> java = Arrays.stream(EventsMetadata.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase())
                .toList();
        check(problems, "EventsMetadata components (case-insensitive)", upstream, java);
    }

    /** The Java type name a catalog type must have (see the type rules of the generated package documentation). */
    static String expectedType(String type, String module, boolean boxed) {
        type = type.strip();
        int open = type.indexOf('[');
        if (open >= 0) {
            String container = type.substring(0, open);
            List<String> arguments = splitArguments(type.substring(open + 1, type.length() - 1));
            if (container.equals("List") || container.equals("list")) {
                return "java.util.List<" + expectedType(arguments.get(0), module, true) + ">";
            }
            if (container.equals("dict") && arguments.get(0).strip().equals("str")) {
                return "java.util.Map<java.lang.String, " + expectedType(arguments.get(1), module, true) + ">";
            }
            return "unsupported " + type;
        }
        if (NUMBER_TYPES.containsKey(type)) {
            return NUMBER_TYPES.get(type).get(boxed ? 1 : 0);
        }
        if (SIMPLE_TYPES.containsKey(type)) {
            return SIMPLE_TYPES.get(type);
        }
        if (KEY_TYPES.contains(type)) {
            return "org.openedx.events.keys." + type;
        }
        return UpstreamCatalog.javaClassName(module + "." + type);
    }

    private static List<String> splitArguments(String text) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(text.substring(start, i));
                start = i + 1;
            }
        }
        arguments.add(text.substring(start));
        return arguments;
    }

    /** What upstream's attrs default makes of a field that is not passed. */
    static Object upstreamDefault(JsonObject field) {
        String factory = UpstreamCatalog.stringOrNull(field, "default_factory");
        String literal = UpstreamCatalog.stringOrNull(field, "default_repr");
        if (field.getBoolean("default_is_none")) {
            return null;
        }
        if ("str".equals(factory)) {
            return "";
        }
        if ("list".equals(factory)) {
            return List.of();
        }
        if ("dict".equals(factory) || "dict".equals(literal)) {
            return Map.of();
        }
        if ("True".equals(literal) || "False".equals(literal)) {
            return Boolean.valueOf(literal.equals("True"));
        }
        throw new IllegalArgumentException("Unexpected default of " + field);
    }

    static String wireName(Field field) {
        JsonbProperty property = field.getAnnotation(JsonbProperty.class);
        return property == null ? field.getName() : property.value();
    }

    static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object accessor(RecordComponent component, Object instance) {
        try {
            return component.getAccessor().invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> signalsClass(String subdomain) {
        return load(UpstreamCatalog.javaPackage(subdomain) + "." + UpstreamCatalog.javaPrefix(subdomain) + "Signals");
    }

    private static Class<?> eventsClass(String subdomain) {
        return load(UpstreamCatalog.javaPackage(subdomain) + "." + UpstreamCatalog.javaPrefix(subdomain) + "Events");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Missing class " + name, e);
        }
    }

    private static Object constant(Class<?> holder, String name) {
        try {
            Field field = holder.getField(name);
            if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
                return "(not a static final field)";
            }
            return field.get(null);
        } catch (NoSuchFieldException e) {
            return "(no field " + holder.getSimpleName() + "." + name + ")";
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(List<String> problems, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}

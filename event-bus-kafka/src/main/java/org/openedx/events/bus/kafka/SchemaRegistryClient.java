package org.openedx.events.bus.kafka;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.support.Echo;
import org.openedx.events.support.Json;

/**
 * The small client of a Confluent-compatible schema registry (Confluent Schema Registry, Karapace, Redpanda,
 * Apicurio's compatibility API) that the Kafka bus needs: register a schema under a subject (which returns the id of
 * an identical schema registered before), and fetch a schema by id. Answers are cached: a subject's id once
 * registered, a schema once fetched. Basic authentication uses upstream's API key and secret settings.
 *
 * <p>The registry's answers are outside data: they are read with the strict JSON reader, at most
 * {@link #MAX_RESPONSE_LENGTH} characters. Every failure is an {@link OpenEdxEventException} {@code OXE7201}
 * naming the registry, the request and the reason.
 */
public final class SchemaRegistryClient {

    /** The longest registry answer read: 1 MiB characters. */
    public static final int MAX_RESPONSE_LENGTH = 1024 * 1024;

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final URI base;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<Registration, Integer> registered = new ConcurrentHashMap<>();
    private final Map<Integer, String> schemas = new ConcurrentHashMap<>();

    /**
     * Creates a client.
     *
     * @param url the registry's base URL, e.g. {@code http://127.0.0.1:8081}
     * @param apiKey the basic-auth user, or null or empty for none
     * @param apiSecret the basic-auth password
     * @param timeout how long one request may take
     */
    public SchemaRegistryClient(String url, String apiKey, String apiSecret, Duration timeout) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = apiKey == null || apiKey.isEmpty()
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((apiKey + ":" + (apiSecret == null ? "" : apiSecret))
                                        .getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Registers a schema under a subject, or finds it registered: the registry's id for it.
     *
     * @param subject the subject, e.g. {@code dev-user-login-org.openedx.learning.auth.session.login.completed.v1.CloudEvent}
     * @param schema the schema text
     * @return the schema id
     * @throws OpenEdxEventException ({@code OXE7201}) when the registry refuses or cannot be reached
     */
    public int register(String subject, String schema) {
        Registration registration = new Registration(subject, schema);
        Integer cached = registered.get(registration);
        if (cached != null) {
            return cached;
        }
        StringBuilder body = new StringBuilder(schema.length() + 16);
        body.append('{');
        Json.appendKey(body, "schema", true);
        Json.appendString(body, schema);
        body.append('}');
        String what = "register a schema under the subject '" + Echo.of(subject) + "'";
        Map<String, Object> answer = send(
                HttpRequest.newBuilder(base.resolve("subjects/" + encode(subject) + "/versions?normalize=false"))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                what);
        int id = intMember(answer, "id", what);
        registered.put(registration, id);
        schemas.putIfAbsent(id, schema);
        return id;
    }

    /**
     * The schema with an id (the writer's schema of a framed value).
     *
     * @param id the schema id
     * @return the schema text
     * @throws OpenEdxEventException ({@code OXE7201}) when the registry does not know the id or cannot be reached
     */
    public String schema(int id) {
        String cached = schemas.get(id);
        if (cached != null) {
            return cached;
        }
        String what = "return the schema with id " + id;
        Map<String, Object> answer =
                send(HttpRequest.newBuilder(base.resolve("schemas/ids/" + id)).GET(), what);
        Object schema = answer.get("schema");
        if (!(schema instanceof String text)) {
            throw failure(what, "its answer has no 'schema' string but " + Json.describe(schema));
        }
        schemas.put(id, text);
        return text;
    }

    private Map<String, Object> send(HttpRequest.Builder request, String what) {
        request.timeout(timeout).header("Accept", CONTENT_TYPE).header("Content-Type", CONTENT_TYPE);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure(what, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(what, "interrupted");
        }
        String text = response.body();
        if (response.statusCode() / 100 != 2) {
            throw failure(what, "HTTP " + response.statusCode() + " " + Echo.of(text));
        }
        try {
            return Json.parseObject(text, MAX_RESPONSE_LENGTH);
        } catch (Json.SyntaxException e) {
            throw failure(what, "its answer is not a JSON object: " + e.getMessage());
        }
    }

    private int intMember(Map<String, Object> answer, String name, String what) {
        Object value = answer.get(name);
        if (value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw failure(
                what,
                "its answer has no '" + name + "' from 0 to " + Integer.MAX_VALUE + " but " + Json.describe(value));
    }

    private OpenEdxEventException failure(String what, String problem) {
        return new OpenEdxEventException(KafkaError.REGISTRY_FAILED, base, what, problem);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A schema under a subject: the key of the registrations already made. */
    private record Registration(String subject, String schema) {}
}

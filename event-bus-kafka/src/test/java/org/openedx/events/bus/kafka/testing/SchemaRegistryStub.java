package org.openedx.events.bus.kafka.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.openedx.events.support.Json;

/**
 * A small in-test schema registry speaking the Confluent REST endpoints the bus uses, on a free loopback port (no
 * registry server is on Maven Central): {@code POST /subjects/{subject}/versions} registers a schema (an identical
 * schema keeps its id), {@code GET /schemas/ids/{id}} returns it. It records every request, for assertions.
 *
 * <p>Test code only, published in this module's test-jar. It keeps everything in memory and has no compatibility
 * rules: it is no substitute for a real registry outside tests.
 */
public final class SchemaRegistryStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final Map<Integer, String> schemas = new LinkedHashMap<>();
    private final Map<String, List<Integer>> subjects = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    /**
     * Starts the server on a free loopback port.
     *
     * @throws IOException when it cannot listen
     */
    public SchemaRegistryStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * The registry's address.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The subjects registered so far.
     *
     * @return each subject with the ids of its versions, in registration order
     */
    public synchronized Map<String, List<Integer>> subjects() {
        return Map.copyOf(subjects);
    }

    /**
     * A registered schema.
     *
     * @param id the schema id
     * @return its text, or null when no schema has that id
     */
    public synchronized String schema(int id) {
        return schemas.get(id);
    }

    /**
     * The requests received so far.
     *
     * @return each as {@code <method> <URI>}, oldest first
     */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /**
     * The {@code Authorization} headers received so far.
     *
     * @return the header values, oldest first
     */
    public synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.add(authorization);
        }
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("POST")
                    && path.startsWith("/subjects/")
                    && path.endsWith("/versions")) {
                String subject = URLDecoder.decode(
                        path.substring("/subjects/".length(), path.length() - "/versions".length()),
                        StandardCharsets.UTF_8);
                String schema = (String) Json.parseObject(body, 1 << 20).get("schema");
                int id = ids.computeIfAbsent(schema, s -> nextId.getAndIncrement());
                schemas.put(id, schema);
                List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
                if (!versions.contains(id)) {
                    versions.add(id);
                }
                respond(exchange, 200, "{\"id\": " + id + "}");
            } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/schemas/ids/")) {
                String schema = schemas.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
                if (schema == null) {
                    respond(exchange, 404, "{\"error_code\": 40403, \"message\": \"Schema not found\"}");
                } else {
                    StringBuilder out = new StringBuilder("{");
                    Json.appendKey(out, "schema", true);
                    Json.appendString(out, schema);
                    respond(exchange, 200, out.append('}').toString());
                }
            } else {
                respond(exchange, 404, "{\"error_code\": 404, \"message\": \"HTTP 404 Not Found\"}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}

package org.openedx.events.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.openedx.events.support.Json;

/**
 * A small schema registry speaking the two Confluent REST endpoints the Kafka bus uses, on a free loopback port,
 * copied from event-bus-kafka's test fixture of the same name: {@code POST /subjects/{subject}/versions} registers
 * a schema (an identical schema keeps its id), {@code GET /schemas/ids/{id}} returns it. The bus asks it once per
 * subject and schema id, outside the measured sends.
 */
final class SchemaRegistryStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> schemas = new HashMap<>();

    SchemaRegistryStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@return the registry's URL} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("POST")
                    && path.startsWith("/subjects/")
                    && path.endsWith("/versions")) {
                String schema = (String) Json.parseObject(body, 1 << 20).get("schema");
                int id = ids.computeIfAbsent(schema, s -> ids.size() + 1);
                schemas.put(id, schema);
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

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;

/** The registry client against an in-test registry speaking Confluent's REST endpoints. */
class SchemaRegistryClientTest {

    private static final String SUBJECT =
            "dev-user-login-org.openedx.learning.auth.session.login.completed.v1.CloudEvent";

    private SchemaRegistryStub registry;

    @BeforeEach
    void start() throws IOException {
        registry = new SchemaRegistryStub();
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void registersOnceAndFetchesByIdWithBasicAuthentication() {
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), "key", "secret", Duration.ofSeconds(5));
        int id = client.register(SUBJECT, "{\"type\": \"record\", \"name\": \"CloudEvent\", \"fields\": []}");
        assertThat(client.register(SUBJECT, "{\"type\": \"record\", \"name\": \"CloudEvent\", \"fields\": []}"))
                .isEqualTo(id);
        assertThat(client.register("dev-user-login-string", "\"string\"")).isNotEqualTo(id);
        assertThat(registry.requests())
                .containsExactly(
                        "POST /subjects/" + SUBJECT + "/versions?normalize=false",
                        "POST /subjects/dev-user-login-string/versions?normalize=false");
        assertThat(registry.subjects()).containsOnlyKeys(SUBJECT, "dev-user-login-string");
        assertThat(registry.authorizations())
                .allMatch(header -> header.equals(
                        "Basic " + Base64.getEncoder().encodeToString("key:secret".getBytes(StandardCharsets.UTF_8))));

        SchemaRegistryClient reader = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        assertThat(reader.schema(id)).isEqualTo("{\"type\": \"record\", \"name\": \"CloudEvent\", \"fields\": []}");
        assertThat(reader.schema(id)).isNotNull();
        assertThat(registry.requests()).filteredOn(r -> r.startsWith("GET")).hasSize(1);
    }

    @Test
    void anUnknownIdIsARegistryFailureWithTheRegistrysReason() {
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        assertThatThrownBy(() -> client.schema(99))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE7201: Schema registry " + registry.url() + "/ could not return the "
                        + "schema with id 99: HTTP 404 ")
                .hasMessageContaining("Schema not found");
    }

    @Test
    void hostileAnswersAreRefusedCleanly() throws IOException {
        for (String answer : List.of(
                "[".repeat(100_000),
                "{\"id\": 99999999999}",
                "{\"id\": \"7\"}",
                "not json",
                "{\"id\": 1, \"id\": 2}")) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            try {
                SchemaRegistryClient client = new SchemaRegistryClient(
                        "http://127.0.0.1:" + server.getAddress().getPort(), null, null, Duration.ofSeconds(5));
                assertThatThrownBy(() -> client.register("s", "\"string\""))
                        .as(answer.substring(0, Math.min(20, answer.length())))
                        .isInstanceOf(OpenEdxEventException.class)
                        .hasMessageStartingWith("OXE7201: ")
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void anUnreachableRegistryIsARegistryFailure() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SchemaRegistryClient client =
                new SchemaRegistryClient("http://127.0.0.1:" + port, null, null, Duration.ofSeconds(2));
        assertThatThrownBy(() -> client.register("s", "\"string\""))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE7201: Schema registry http://127.0.0.1:" + port + "/ could not register");
    }
}

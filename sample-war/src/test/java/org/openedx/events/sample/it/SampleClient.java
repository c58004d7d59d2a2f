package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** An HTTP client of the deployed sample, for the integration tests. */
final class SampleClient {

    /** User ids unique to this test run, so that tests never see each other's data. */
    private static final AtomicLong USER_IDS =
            new AtomicLong(1_000_000L + (System.currentTimeMillis() % 1_000_000L) * 100);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    SampleClient(URL base) {
        this.api = URI.create(base.toExternalForm().replaceFirst("/?$", "/")).resolve("api/");
    }

    static long newUserId() {
        return USER_IDS.incrementAndGet();
    }

    static String enrollment(long userId, String courseKey, String mode) {
        return "{\"user\": {\"id\": " + userId + ", \"username\": \"learner" + userId + "\", \"email\": \"learner"
                + userId + "@example.com\", \"name\": \"Learner " + userId + "\"}, \"course_key\": \"" + courseKey
                + "\", \"mode\": \"" + mode + "\"}";
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /**
     * Any request, answered as it is.
     *
     * @param method the method
     * @param pathAndQuery the path under the API, e.g. {@code enrollments}
     * @param contentType the {@code Content-Type}, or null for none
     * @param body the body
     * @return the response
     */
    HttpResponse<String> request(
            String method, String pathAndQuery, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(pathAndQuery))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** POST that must answer 200 with a JSON object. */
    JsonObject postOk(String path, String json) {
        HttpResponse<String> response = post(path, json);
        assertThat(response.statusCode())
                .as("status of POST %s, body %s", path, response.body())
                .isEqualTo(200);
        return parse(response.body());
    }

    /** GET that must answer 200 with a JSON object. */
    JsonObject get(String pathAndQuery) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve(pathAndQuery))
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(response.statusCode())
                .as("status of GET %s, body %s", pathAndQuery, response.body())
                .isEqualTo(200);
        return parse(response.body());
    }

    /** Every entry of the observers' log. */
    List<JsonObject> events() {
        return get("events").getJsonArray("events").getValuesAs(JsonObject.class);
    }

    /** The stored notification preferences of one user. */
    List<JsonObject> preferences(long userId) {
        return get("preferences?user_id=" + userId).getJsonArray("preferences").getValuesAs(JsonObject.class);
    }

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}

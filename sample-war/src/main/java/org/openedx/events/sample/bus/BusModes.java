package org.openedx.events.sample.bus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;
import java.util.function.Function;

import org.openedx.events.contentauthoring.ContentAuthoringEvents;
import org.openedx.events.learning.LearningEvents;

/**
 * What the sample's bus modes ({@link RedisMode}, {@link KafkaMode}) share: the topics, their prefix, the consumer
 * group and its retries, the producer configuration, and where a switch is read from.
 */
final class BusModes {

    /** The topic prefix: full topic names are {@code sample-<topic>}. */
    static final String TOPIC_PREFIX = "sample";
    /** The topic of COURSE_ENROLLMENT_CREATED. */
    static final String ENROLLMENT_TOPIC = "course-enrollment-lifecycle";
    /** The topic of XBLOCK_PUBLISHED. */
    static final String XBLOCK_TOPIC = "content-authoring-xblock-lifecycle";
    /** The consumer group of the sample's consumers. */
    static final String GROUP = "sample";
    /** Attempts before an event whose observers keep failing goes to the dead-letter stream or topic. */
    static final int MAX_ATTEMPTS = 3;
    /** Milliseconds before the first retry (then doubled). */
    static final int RETRY_BACKOFF = 500;

    static final String ENROLLMENT_TYPE = LearningEvents.COURSE_ENROLLMENT_CREATED;
    static final String XBLOCK_TYPE = ContentAuthoringEvents.XBLOCK_PUBLISHED;

    /** Upstream's setting that picks the producing back end when several are deployed (as this WAR deploys two). */
    static final String PRODUCER = "EVENT_BUS_PRODUCER";

    private static final String APPLICATION_PROPERTIES = "META-INF/microprofile-config.properties";

    private BusModes() {}

    /**
     * {@code EVENT_BUS_PRODUCER_CONFIG}: COURSE_ENROLLMENT_CREATED and XBLOCK_PUBLISHED, each to its topic, keyed by
     * the course key and the usage key.
     */
    static String producerConfig() {
        return "{" + producer(ENROLLMENT_TYPE, ENROLLMENT_TOPIC, "enrollment.course.course_key") + ", "
                + producer(XBLOCK_TYPE, XBLOCK_TOPIC, "xblock_info.usage_key") + "}";
    }

    private static String producer(String eventType, String topic, String keyField) {
        return "\"" + eventType + "\": {\"" + topic + "\": {\"event_key_field\": \"" + keyField
                + "\", \"enabled\": true}}";
    }

    /**
     * The lookup of a switch: the system property, then the environment variable, then the application's
     * {@code META-INF/microprofile-config.properties}.
     *
     * @param environment the environment variable of each key
     * @return the lookup; it returns null for a switch that is set nowhere
     */
    static Function<String, String> switches(Function<String, String> environment) {
        return key -> {
            String value = System.getProperty(key);
            if (value == null || value.isBlank()) {
                value = System.getenv(environment.apply(key));
            }
            if (value == null || value.isBlank()) {
                value = applicationProperties().getProperty(key);
            }
            return value;
        };
    }

    /** Whether a switch's value turns its mode on. */
    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The application's own properties file (the first on its class path: {@code WEB-INF/classes}). */
    private static Properties applicationProperties() {
        Properties properties = new Properties();
        URL resource = BusModes.class.getClassLoader().getResource(APPLICATION_PROPERTIES);
        if (resource != null) {
            try (InputStream in = resource.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return properties;
    }
}

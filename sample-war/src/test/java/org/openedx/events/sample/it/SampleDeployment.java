package org.openedx.events.sample.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.openedx.events.opentelemetry.Observability;

/** The archive under test: the WAR the build produced, deployed as {@code sample.war}. */
final class SampleDeployment {

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    private SampleDeployment() {}

    /** The WAR unchanged. */
    static WebArchive war() {
        String path = System.getProperty("sample.war");
        if (path == null) {
            throw new IllegalStateException(
                    "System property sample.war is not set; run the ITs with -Pwildfly or -Ppayara");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + "; the package phase must run before the ITs");
        }
        return ShrinkWrap.create(ZipImporter.class, "sample.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    /**
     * The WAR in the Redis mode: its {@code microprofile-config.properties} with {@code sample.redis} added, so
     * that only this deployment uses Redis (the server and the other deployments are left as they are).
     */
    static WebArchive withRedis(String url) {
        return withProperties("sample.redis=" + url + "\n");
    }

    /**
     * The WAR in the Redis mode with the transactional outbox: {@code sample.redis} and {@code sample.outbox=true}
     * added to its {@code microprofile-config.properties}.
     */
    static WebArchive withRedisAndOutbox(String url) {
        return withProperties("sample.redis=" + url + "\nsample.outbox=true\n");
    }

    /**
     * The WAR in the Redis mode with tracing on: the observability module ({@code openedx-events-opentelemetry}, which
     * the WAR carries only when built with {@code -Ptelemetry}) added to {@code WEB-INF/lib} from the tests' class
     * path, and {@code sample.redis} and {@code sample.telemetry} (the OTLP/HTTP endpoint its OpenTelemetry SDK
     * exports to, on a server with MicroProfile Telemetry) added to its {@code microprofile-config.properties}.
     */
    static WebArchive withRedisAndTelemetry(String url, String otlpEndpoint) {
        WebArchive war = withProperties("sample.redis=" + url + "\nsample.telemetry=" + otlpEndpoint + "\n");
        boolean carried = !war.getContent(path -> path.get().startsWith("/WEB-INF/lib/openedx-events-opentelemetry"))
                .isEmpty();
        if (!carried) {
            war.addAsLibrary(observabilityModule());
        }
        return war;
    }

    /** The observability module as the tests' class path has it: its jar, or its classes' directory. */
    private static JavaArchive observabilityModule() {
        File location;
        try {
            location = new File(Observability.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the observability module", e);
        }
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, "openedx-events-opentelemetry.jar")
                    .importDirectory(location)
                    .as(JavaArchive.class);
        }
        return ShrinkWrap.create(ZipImporter.class, "openedx-events-opentelemetry.jar")
                .importFrom(location)
                .as(JavaArchive.class);
    }

    /**
     * The WAR in the Kafka mode: its {@code microprofile-config.properties} with {@code sample.kafka} and
     * {@code sample.kafka.registry} added, so that only this deployment uses Kafka.
     */
    static WebArchive withKafka(String bootstrapServers, String registryUrl) {
        return withProperties("sample.kafka=" + bootstrapServers + "\nsample.kafka.registry=" + registryUrl + "\n");
    }

    /** The WAR with lines added to its {@code microprofile-config.properties}. */
    private static WebArchive withProperties(String lines) {
        WebArchive war = war();
        Node node = war.get(CONFIG);
        if (node == null) {
            throw new IllegalStateException("No " + CONFIG + " in the WAR");
        }
        String properties;
        try (InputStream in = node.getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            properties = out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.add(new StringAsset(properties + "\n" + lines), CONFIG);
        return war;
    }
}

package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code examples/wildfly-war}, a WAR written as a user's own project following the README's "On WildFly or Payara
 * Server" (the library in {@code WEB-INF/lib}, the platform's APIs provided by the server), deployed as it is built:
 * an enrollment sent by its endpoint reaches its observer with the event's metadata.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExampleWarIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("example.war", "missing"));
        if (!war.isFile()) {
            throw new IllegalStateException("No example WAR at " + war + "; build examples/wildfly-war first");
        }
        return ShrinkWrap.create(ZipImporter.class, "welcome.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theWarCarriesOnlyTheLibraryAndItsEndpointSendsToItsObserver() throws Exception {
        List<String> libraries = deployment().getContent().keySet().stream()
                .map(ArchivePath::get)
                .filter(path -> path.startsWith("/WEB-INF/lib/") && path.endsWith(".jar"))
                .map(path -> path.substring("/WEB-INF/lib/".length()).replaceAll("-[0-9].*", ""))
                .sorted()
                .toList();
        assertThat(libraries).containsExactly("openedx-events-api", "openedx-events-cdi");

        HttpClient client = HttpClient.newHttpClient();
        String form = "user_id=4242&course_key="
                + URLEncoder.encode("course-v1:edX+DemoX+Demo_Course", StandardCharsets.UTF_8);
        HttpResponse<String> sent = client.send(
                HttpRequest.newBuilder(URI.create(base + "api/enrollments"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String[] answer = sent.body().trim().split(" ");
        assertThat(answer[1]).as("observers that received the event").isEqualTo("1");

        HttpResponse<String> welcomes = client.send(
                HttpRequest.newBuilder(URI.create(base + "api/welcomes")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(welcomes.body().lines()).contains(answer[0] + " 4242 course-v1:edX+DemoX+Demo_Course");
    }
}

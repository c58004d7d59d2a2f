package org.openedx.events.bus.outbox;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.postgresql.ds.PGSimpleDataSource;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * The application of {@link OutboxCrashTest}'s child JVM: Weld SE with the outbox on, its rows in PostgreSQL and a
 * Redis bus that cannot be reached. It sends events (each row committed before its send returns), prints each id
 * ({@code SENT <id>}), then {@code READY}, and waits to be killed: the process dies after the commits and before any
 * publication.
 */
@ApplicationScoped
public class CrashingSender {

    /** The system property with the JDBC URL of the outbox's database. */
    public static final String JDBC_URL = "outbox.test.jdbc-url";

    /**
     * Sends, then waits.
     *
     * @param args the number of events to send
     * @throws InterruptedException never, the process is killed
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
            OpenEdxEvents events = container.select(OpenEdxEvents.class).get();
            for (int i = 0; i < Integer.parseInt(args[0]); i++) {
                UserData user = new UserData(i, true, new UserPersonalData("u" + i, "u" + i + "@example.com", "U"));
                SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user);
                if (result.responses().stream().anyMatch(response -> response.failed())) {
                    out.println("FAILED " + result.responses());
                    System.exit(3);
                }
                out.println("SENT " + result.metadata().id());
            }
            out.println("READY");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /**
     * The outbox's data source.
     *
     * @return PostgreSQL at {@value #JDBC_URL}
     */
    @Produces
    @Outbox
    @ApplicationScoped
    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(System.getProperty(JDBC_URL));
        return source;
    }
}

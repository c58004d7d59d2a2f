package org.openedx.events.bus.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * Marks the {@code javax.sql.DataSource} bean the outbox writes to, where there is no JNDI (Weld SE) or the
 * application prefers to produce it:
 *
 * <pre>{@code
 * @Produces @Outbox @ApplicationScoped
 * DataSource outboxDataSource() { ... }
 * }</pre>
 *
 * <p>Without such a bean the outbox looks up the JNDI name in {@code openedx.events.outbox.datasource}
 * ({@code java:comp/DefaultDataSource} by default).
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Outbox {

    /** The literal, for programmatic lookup. */
    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<Outbox> implements Outbox {

        private static final long serialVersionUID = 1L;

        /** The instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {}
    }
}

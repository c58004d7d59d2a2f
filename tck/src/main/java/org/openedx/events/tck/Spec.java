package org.openedx.events.tck;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Where the behaviour a TCK test checks is specified, so that every assertion can be traced.
 *
 * <p>{@link #value()} names sections of this project's documentation: {@code README#anchor} for the root README
 * (e.g. {@code README#how-sending-works}) and {@code semantics§N} for section N of {@code docs/upstream-semantics.md},
 * the upstream behaviour this library reproduces; {@code repo-checks} tests that every target exists.
 * {@link #upstream()} names the upstream {@code openedx-events} 11.2 tests that pin the same behaviour, as
 * {@code file.py::test_name}; {@code tck/README.md} maps every upstream test to a TCK test.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Spec {

    /**
     * The documentation sections.
     *
     * @return e.g. {@code README#how-sending-works}
     */
    String[] value();

    /**
     * The upstream tests covering the same behaviour.
     *
     * @return e.g. {@code test_tooling.py::test_send_robust_event_successfully}
     */
    String[] upstream() default {};
}

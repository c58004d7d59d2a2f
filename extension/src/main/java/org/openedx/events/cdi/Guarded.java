package org.openedx.events.cdi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link GuardInterceptor} to an observer method. The extension adds it to every guardable observer that
 * can receive Open edX events; applications never write it.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
@interface Guarded {

    /** The literal the extension adds. */
    final class Literal extends AnnotationLiteral<Guarded> implements Guarded {

        private static final long serialVersionUID = 1L;

        /** The only instance. */
        static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}

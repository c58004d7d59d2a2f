package org.openedx.events.cdi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link RobustDispatchInterceptor} to an observer method. The extension adds it to every observer method
 * that can receive Open edX events and that the interceptor can reach; applications never write it (it is
 * package-private, which Weld accepts for a binding it only compares).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
@interface RobustDispatchBinding {

    /** The literal the extension adds. */
    final class Literal extends AnnotationLiteral<RobustDispatchBinding> implements RobustDispatchBinding {

        private static final long serialVersionUID = 1L;

        /** The only instance. */
        static final Literal INSTANCE = new Literal();

        private Literal() {}
    }
}

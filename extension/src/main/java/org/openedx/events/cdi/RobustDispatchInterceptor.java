package org.openedx.events.cdi;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Robust dispatch for the observers an interceptor can reach: hands each invocation to {@link RobustDispatch}.
 * Observers it cannot reach have their notification wrapped instead ({@link RobustDispatch#wrap}), to the same
 * effect.
 *
 * <p>Enabled for the whole application by its {@code @Priority}, early among library interceptors so that it
 * wraps any other interceptor of the observer.
 *
 * <p>The class, its constructor and its around-invoke method are package-private: the extension registers it with
 * {@code addAnnotatedType}, and Weld instantiates it and calls the method reflectively, whatever their visibility
 * (Weld 5.1 SE and WildFly 39, checked by the tests). The interceptor specification allows an around-invoke method
 * of any visibility.
 */
@RobustDispatchBinding
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
class RobustDispatchInterceptor {

    private final RobustDispatch robustDispatch;

    @Inject
    RobustDispatchInterceptor(BeanManager beanManager) {
        this.robustDispatch =
                beanManager.getExtension(OpenEdxEventsExtension.class).robustDispatch();
    }

    @AroundInvoke
    Object dispatch(InvocationContext context) throws Exception {
        return robustDispatch.intercept(
                context.getMethod(), context.getParameters(), context, InvocationContext::proceed);
    }
}

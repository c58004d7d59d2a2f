package org.openedx.events.cdi;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import jakarta.enterprise.inject.spi.BeanManager;


/**
 * Robust mode, as an interceptor around observer methods: hands each invocation to the {@link ObserverGuard}.
 *
 * <p>Enabled for the whole application by its {@code @Priority}, early among library interceptors so that it
 * wraps any other interceptor of the observer.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
class GuardInterceptor {

    private final ObserverGuard guard;

    /**
     * Creates the interceptor.
     *
     * @param beanManager the container, to reach the extension's guard
     */
    @Inject
    GuardInterceptor(BeanManager beanManager) {
        this.guard = beanManager.getExtension(OpenEdxEventsExtension.class).guard();
    }

    /**
     * Guards one invocation.
     *
     * @param context the invocation
     * @return the observer's result, or null after a contained failure
     * @throws Exception the observer's exception outside a robust send
     */
    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        return guard.invoke(context.getMethod(), context.getParameters(), context::proceed);
    }
}

package org.openedx.events.cdi;

import jakarta.inject.Singleton;

/**
 * Runs a send's synchronous delivery inside one intercepted call, so that the container sets up its interception
 * state once per send rather than once per observer.
 *
 * <p>Weld keeps a per-thread stack of the interceptions in progress. Outside an HTTP request it discards the stack
 * whenever it becomes empty, so each intercepted observer notified by a plain send made a new stack and a new
 * thread-local entry and removed them afterwards: about 170 bytes and a third of each further observer's cost in a
 * Weld SE send to ten observers (benchmarks/RESULTS.md, scenario 9). Inside this call the stack is never empty, and
 * every observer's interception reuses it. Nothing else changes: the method is bound to the robust-dispatch
 * interceptor, which lets every call that is not an observer's notification proceed untouched.
 *
 * <p>The class, its constructor and its method are package-private: the extension adds the class with
 * {@code addAnnotatedType}, and the container intercepts package-private methods of its beans.
 */
@Singleton
@RobustDispatchBinding
class DeliveryBoundary {

    DeliveryBoundary() {}

    /**
     * Runs a delivery.
     *
     * @param delivery the delivery
     */
    void run(Runnable delivery) {
        delivery.run();
    }
}

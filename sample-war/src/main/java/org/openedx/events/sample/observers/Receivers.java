package org.openedx.events.sample.observers;

/** Receiver names as the send results give them: {@code fully.qualified.Class#method}. */
final class Receivers {

    private Receivers() {}

    static String name(Class<?> observerClass, String method) {
        return observerClass.getName() + "#" + method;
    }
}

package org.openedx.events.tck.registry;

/** The event types of the two applications of {@link TwoApplicationsTest}. */
public final class RegistryTypes {

    /** The type of application {@code alpha}'s event. */
    public static final String ALPHA = "org.openedx.tck.registry.alpha.v1";

    /** The type of application {@code beta}'s event. */
    public static final String BETA = "org.openedx.tck.registry.beta.v1";

    private RegistryTypes() {}
}

package org.openedx.events.cdi;

import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.jboss.weld.event.EventMetadataAwareObserverMethod;

/**
 * The only place the extension names a Weld type: replaced observers that tell Weld whether they read the fire's
 * CDI {@code EventMetadata} ({@link ReplacedObserverMethod} says why that matters). Weld checks every observer of a
 * fire with {@code instanceof} on its {@link EventMetadataAwareObserverMethod}, and takes an observer that does not
 * implement it to need the metadata.
 *
 * <p>This class is loaded only when {@link #visible} found Weld's interface from the extension's class loader, so
 * the extension runs unchanged on another CDI container (Weld is a {@code provided}, optional dependency).
 */
final class WeldObserverMethods {

    private static final String INTERFACE = "org.jboss.weld.event.EventMetadataAwareObserverMethod";

    private WeldObserverMethods() {}

    /**
     * Whether Weld's interface can be used from a class loader, without loading this class.
     *
     * @param loader the extension's class loader
     * @return true when {@code org.jboss.weld.event.EventMetadataAwareObserverMethod} is visible to it
     */
    static boolean visible(ClassLoader loader) {
        try {
            return Class.forName(INTERFACE, false, loader).isInterface();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A replaced observer that tells Weld whether it reads the fire's metadata.
     *
     * @param <T> the observed type
     * @param original the container's observer
     * @param transactionPhase the phase it is to be notified in
     * @param notification what notifies it
     * @param callsOriginal whether {@code notification} calls {@code original}'s own notification
     * @return the replacement
     */
    static <T> ObserverMethod<T> replacement(
            ObserverMethod<T> original,
            TransactionPhase transactionPhase,
            EventConsumer<T> notification,
            boolean callsOriginal) {
        boolean metadataRequired = callsOriginal && needsMetadata(original);
        return new MetadataAware<>(original, transactionPhase, notification, metadataRequired);
    }

    /** As Weld decides for any observer: only one that says it does not is notified without the metadata. */
    private static boolean needsMetadata(ObserverMethod<?> observer) {
        return !(observer instanceof EventMetadataAwareObserverMethod<?> aware) || aware.isEventMetadataRequired();
    }

    /** A replaced observer that tells Weld whether it reads the fire's metadata. */
    static final class MetadataAware<T> extends ReplacedObserverMethod<T>
            implements EventMetadataAwareObserverMethod<T> {

        private final boolean metadataRequired;

        MetadataAware(
                ObserverMethod<T> original,
                TransactionPhase transactionPhase,
                EventConsumer<T> notification,
                boolean metadataRequired) {
            super(original, transactionPhase, notification);
            this.metadataRequired = metadataRequired;
        }

        @Override
        public boolean isEventMetadataRequired() {
            return metadataRequired;
        }
    }
}

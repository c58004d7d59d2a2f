package org.openedx.events.bus;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.support.SettingValues;

/**
 * Publishes sends of the configured signals to the event bus (upstream's {@code general_signal_handler}), after
 * the surrounding transaction has committed.
 *
 * <p>At deployment it reads and validates {@link ProducerConfig#SETTING}; a broken configuration fails the
 * deployment with upstream's message. For each configured event type with an enabled topic it adds one observer of
 * that type, {@code during = AFTER_SUCCESS}: when a JTA transaction is active the event is published only once it
 * has committed, and not at all when it rolls back; without a transaction it is published at once, during the send.
 * The Open edX CDI extension defers such observers itself, keeping the send's metadata and origin. The observer
 * hands the payload and the send's metadata to the deployed {@link EventBusProducer} bean for every enabled topic,
 * in configuration order, and declines deliveries that came from the bus ({@code EventDelivery.fromEventBus()}).
 *
 * <p>With the outbox on ({@link EventOutbox#SETTING}) the observers run during the send ({@code IN_PROGRESS}) and
 * hand the event to the deployed {@link EventOutbox}, which stores it in the sender's transaction and publishes it
 * after the commit; a deployment without an outbox bean then fails ({@code OXE7013}).
 *
 * <p>This module registers the extension through its own {@code META-INF/services}; it does nothing when the setting
 * is empty, and warns ({@code OXE7008}) when events are configured but no back end provides an
 * {@link EventBusProducer}.
 */
public class EventBusProducerExtension implements Extension {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus");

    private final Function<String, String> lookup;
    private ProducerConfig config = ProducerConfig.empty();
    private ProducerForwarder forwarder;

    /** Creates the extension reading settings from {@link SettingSources#lookup()} (as the container does). */
    public EventBusProducerExtension() {
        this(null);
    }

    /**
     * Creates the extension with its own settings source (tests, embedded containers).
     *
     * @param lookup returns a setting's raw value, or null; null for {@link SettingSources#lookup()}
     */
    public EventBusProducerExtension(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** {@return the validated producer configuration (empty before deployment or when the setting is absent)} */
    public ProducerConfig producerConfig() {
        return config;
    }

    void addForwardingObservers(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
        Function<String, String> settings = lookup != null ? lookup : SettingSources.lookup();
        try {
            config = ProducerConfig.fromJson(settings.apply(ProducerConfig.SETTING));
        } catch (ProducerConfigurationException e) {
            event.addDefinitionError(e);
            return;
        }
        boolean outboxOn;
        try {
            outboxOn = SettingValues.bool(settings, EventOutbox.SETTING, false);
        } catch (OpenEdxEventException e) {
            event.addDefinitionError(e);
            return;
        }
        forwarder = new ProducerForwarder(config, beanManager, settings.apply(ProducerSelection.SETTING), outboxOn);
        for (String eventType : config.eventTypes().keySet()) {
            if (config.enabledTopics(eventType).isEmpty()) {
                continue;
            }
            OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(eventType);
            event.addObserverMethod()
                    .beanClass(ProducerForwarder.class)
                    .observedType(signal.dataType())
                    .addQualifier(OpenEdxEvent.Literal.of(eventType))
                    .transactionPhase(outboxOn ? TransactionPhase.IN_PROGRESS : TransactionPhase.AFTER_SUCCESS)
                    .notifyWith(context -> forwarder.forward(signal, context.getEvent()));
        }
    }

    void checkProducerPresent(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        List<String> published = config.eventTypes().keySet().stream()
                .filter(type -> !config.enabledTopics(type).isEmpty())
                .toList();
        if (published.isEmpty()) {
            return;
        }
        if (beanManager.getBeans(EventBusProducer.class).isEmpty()) {
            LOG.log(Level.WARNING, BusError.PRODUCER_MISSING.format(published));
            return;
        }
        try {
            forwarder.checkProducer();
        } catch (OpenEdxEventException e) {
            event.addDeploymentProblem(e);
        }
    }
}

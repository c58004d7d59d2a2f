package org.openedx.events.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import jakarta.enterprise.inject.spi.CDI;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import org.openedx.events.OpenEdxEvents;

/**
 * The JUnit 5 extension behind {@link EnableOpenEdxEvents}: starts the isolation right before the test method and
 * ends it right after.
 *
 * <p>Under Arquillian a test method runs twice through JUnit: on the client, where the extension's callbacks only
 * check the event types, and in the container, where they switch the signals. On the client of a remote container
 * there is no CDI container, and the extension steps aside.
 */
public final class OpenEdxEventsIsolationExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    /** The configuration parameter Arquillian sets when it runs a test method inside the container. */
    static final String INSIDE_ARQUILLIAN = "insideArquillian";

    private static final String ARQUILLIAN_EXTENSION = "org.jboss.arquillian.junit5.ArquillianExtension";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OpenEdxEventsIsolationExtension.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Optional<EnableOpenEdxEvents> annotation = findAnnotation(context);
        if (annotation.isEmpty()) {
            return;
        }
        String[] eventTypes = annotation.get().value();
        OpenEdxEventsIsolation.signals(eventTypes);
        Optional<OpenEdxEvents> events = locate(context);
        if (events.isPresent()) {
            OpenEdxEventsIsolation.startEventsIsolation(events.get(), eventTypes);
            context.getStore(NAMESPACE).put(OpenEdxEvents.class, events.get());
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        OpenEdxEvents events = context.getStore(NAMESPACE).remove(OpenEdxEvents.class, OpenEdxEvents.class);
        if (events != null) {
            OpenEdxEventsIsolation.endEventsIsolation(events);
        }
    }

    /** The method's annotation, else the nearest one on its class or the classes enclosing it. */
    private static Optional<EnableOpenEdxEvents> findAnnotation(ExtensionContext context) {
        Optional<EnableOpenEdxEvents> onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, EnableOpenEdxEvents.class));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<EnableOpenEdxEvents> found = AnnotationSupport.findAnnotation(type, EnableOpenEdxEvents.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<OpenEdxEvents> locate(ExtensionContext context) {
        OpenEdxEvents events;
        try {
            events = CDI.current().select(OpenEdxEvents.class).get();
        } catch (IllegalStateException e) {
            if (onArquillianClient(context)) {
                return Optional.empty();
            }
            throw new ExtensionConfigurationException(
                    "@EnableOpenEdxEvents needs a running CDI container when the "
                            + "test method starts (start it in @BeforeAll or @BeforeEach, or run the test with Arquillian); "
                            + "CDI.current() failed: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(
                    "@EnableOpenEdxEvents found no OpenEdxEvents bean: is the Open "
                            + "edX events CDI extension (openedx-events-cdi) deployed? " + e,
                    e);
        }
        return Optional.of(events);
    }

    /** Whether this is the client side of an Arquillian test: the in-container run does the switching. */
    private static boolean onArquillianClient(ExtensionContext context) {
        if (context.getConfigurationParameter(INSIDE_ARQUILLIAN)
                .map(Boolean::parseBoolean)
                .orElse(false)) {
            return false;
        }
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            if (extendsWithArquillian(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean extendsWithArquillian(AnnotatedElement element) {
        for (ExtendWith extendWith : AnnotationSupport.findRepeatableAnnotations(element, ExtendWith.class)) {
            for (Class<? extends Extension> extension : extendWith.value()) {
                if (extension.getName().equals(ARQUILLIAN_EXTENSION)) {
                    return true;
                }
            }
        }
        return false;
    }
}

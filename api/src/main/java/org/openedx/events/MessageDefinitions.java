package org.openedx.events;

import java.util.HashMap;
import java.util.Map;

import org.openedx.events.CodedMessage.Message;

/** The {@link Message} annotations of each catalog enum, read once per enum class. */
final class MessageDefinitions {

    private static final ClassValue<Map<String, Message>> CATALOGS = new ClassValue<>() {
        @Override
        protected Map<String, Message> computeValue(Class<?> catalog) {
            Map<String, Message> messages = new HashMap<>();
            for (Object constant : catalog.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    Message message = catalog.getField(name).getAnnotation(Message.class);
                    if (message == null) {
                        throw new IllegalStateException("Catalog entry " + catalog.getName() + "." + name
                                + " has no @CodedMessage.Message(code = ..., value = ...)");
                    }
                    messages.put(name, message);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(
                            "Catalog entry " + catalog.getName() + "." + name + " has no public field", e);
                }
            }
            return Map.copyOf(messages);
        }
    };

    private MessageDefinitions() {}

    static Message of(CodedMessage entry) {
        if (!(entry instanceof Enum<?> constant)) {
            throw new IllegalStateException(entry.getClass().getName() + " is not an enum: a CodedMessage that is "
                    + "not an enum constant with @CodedMessage.Message must implement code() and template()");
        }
        return CATALOGS.get(constant.getDeclaringClass()).get(constant.name());
    }
}

package org.openedx.events.tck;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Reads failures reported by containers, which wrap the extension's exceptions in their own. */
public final class Throwables {

    private Throwables() {}

    /**
     * Every class name and message in a throwable, its causes and its suppressed exceptions, one per line.
     *
     * @param failure the failure
     * @return the text to search for the extension's message
     */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        append(failure, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    /**
     * Whether a class is, extends or implements the class or interface of the given name. Compares names, so the
     * named type need not be loadable by the caller's class loader.
     *
     * @param type the class to check
     * @param name the fully qualified name of a class or interface
     * @return {@code true} if {@code type} or one of its supertypes has that name
     */
    public static boolean isA(Class<?> type, String name) {
        if (type == null) {
            return false;
        }
        if (type.getName().equals(name)) {
            return true;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (isA(implemented, name)) {
                return true;
            }
        }
        return isA(type.getSuperclass(), name);
    }

    private static void append(Throwable failure, StringBuilder out, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        out.append(failure.getClass().getName())
                .append(": ")
                .append(failure.getMessage())
                .append('\n');
        for (Throwable suppressed : failure.getSuppressed()) {
            append(suppressed, out, seen);
        }
        append(failure.getCause(), out, seen);
    }
}

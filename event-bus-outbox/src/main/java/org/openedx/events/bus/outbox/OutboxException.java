package org.openedx.events.bus.outbox;

import org.openedx.events.OpenEdxEventException;

/** A coded outbox error ({@code OXE73xx}) with the exception behind it. */
public final class OutboxException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error the catalog entry
     * @param cause the exception behind it
     * @param args the template arguments
     */
    public OutboxException(OutboxError error, Throwable cause, Object... args) {
        super(error, error.format(args), cause);
    }
}

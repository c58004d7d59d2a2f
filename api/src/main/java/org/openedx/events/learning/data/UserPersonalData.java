package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The personal (PII) part of a user: username, email address and full name.
 *
 * <p>Upstream: {@code openedx_events.learning.data.UserPersonalData}.
 *
 * <p>{@link #toString()} masks {@code username}, {@code email} and {@code name} so that the record is safe to log.
 *
 * @param username the user's username
 * @param email the user's email address
 * @param name the full name from the user's profile; upstream default {@code ""}
 */
public record UserPersonalData(
        @NotNull String username,
        @NotNull String email,
        @NotNull String name) {

    /**
     * Copies and normalizes the components; a null {@code name} becomes upstream's default {@code ""}.
     *
     * @param username the user's username
     * @param email the user's email address
     * @param name the full name from the user's profile; upstream default {@code ""}
     */
    @JsonbCreator
    public UserPersonalData {
        name = Payloads.orEmpty(name);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param username the user's username
     * @param email the user's email address
     */
    public UserPersonalData(String username, String email) {
        this(username, email, "");
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "UserPersonalData[username=***, email=***, name=***]";
    }
}

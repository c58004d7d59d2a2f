package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * An identity verification (IDV) attempt.
 *
 * <p>Upstream: {@code openedx_events.learning.data.VerificationAttemptData}.
 *
 * <p>Upstream's docstring calls the expiry field {@code expiration_datetime}; the attribute, and so the wire name, is
 * {@code expiration_date}.
 *
 * <p>{@link #toString()} masks {@code name} so that the record is safe to log.
 *
 * @param attemptId the attempt's id
 * @param user the user being verified, usually a learner
 * @param status the attempt's status
 * @param name the name being verified, or null
 * @param expirationDate when the verification expires, or null
 */
public record VerificationAttemptData(
        @JsonbProperty("attempt_id") long attemptId,
        @NotNull @Valid UserData user,
        @NotNull String status,
        String name,
        @JsonbNillable @JsonbProperty("expiration_date") OffsetDateTime expirationDate) {

    /**
     * Copies and normalizes the components.
     *
     * @param attemptId the attempt's id
     * @param user the user being verified, usually a learner
     * @param status the attempt's status
     * @param name the name being verified, or null
     * @param expirationDate when the verification expires, or null
     */
    @JsonbCreator
    public VerificationAttemptData {
        expirationDate = Payloads.micros(expirationDate);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param attemptId the attempt's id
     * @param user the user being verified, usually a learner
     * @param status the attempt's status
     */
    public VerificationAttemptData(long attemptId, UserData user, String status) {
        this(attemptId, user, status, null, null);
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "VerificationAttemptData[attemptId=" + attemptId + ", user=" + user + ", status=" + status
                + ", name=***, expirationDate=" + expirationDate + "]";
    }
}

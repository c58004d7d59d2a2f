package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * A user's program certificate (a {@code UserCredential} of the credentials service).
 *
 * <p>Upstream: {@code openedx_events.learning.data.ProgramCertificateData}.
 *
 * @param user the user who holds the certificate
 * @param program the program the certificate is for
 * @param uuid the UUID of the {@code UserCredential} record in credentials
 * @param status the credential's status, e.g. {@code awarded} or {@code revoked}
 * @param url the URL of the learner's credential
 * @param certificateAvailableDate from when the learner may view the credential, or null
 */
public record ProgramCertificateData(
        @NotNull @Valid UserData user,
        @NotNull @Valid ProgramData program,
        @NotNull String uuid,
        @NotNull String status,
        @NotNull String url,
        @JsonbNillable @JsonbProperty("certificate_available_date") OffsetDateTime certificateAvailableDate) {

    /**
     * Copies and normalizes the components.
     *
     * @param user the user who holds the certificate
     * @param program the program the certificate is for
     * @param uuid the UUID of the {@code UserCredential} record in credentials
     * @param status the credential's status, e.g. {@code awarded} or {@code revoked}
     * @param url the URL of the learner's credential
     * @param certificateAvailableDate from when the learner may view the credential, or null
     */
    @JsonbCreator
    public ProgramCertificateData {
        certificateAvailableDate = Payloads.micros(certificateAvailableDate);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param user the user who holds the certificate
     * @param program the program the certificate is for
     * @param uuid the UUID of the {@code UserCredential} record in credentials
     * @param status the credential's status, e.g. {@code awarded} or {@code revoked}
     * @param url the URL of the learner's credential
     */
    public ProgramCertificateData(UserData user, ProgramData program, String uuid, String status, String url) {
        this(user, program, uuid, status, url, null);
    }
}

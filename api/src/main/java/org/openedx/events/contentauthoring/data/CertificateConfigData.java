package org.openedx.events.contentauthoring.data;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * The certificate configuration of a course, a subset of the LMS's {@code CertificateConfig}.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.CertificateConfigData}.
 *
 * @param certificateType the certificate type, one of the course modes that grant certificates: {@code credit},
 *     {@code verified}, {@code professional}, {@code no-id-professional}, {@code executive-education},
 *     {@code paid-executive-education}, {@code paid-bootcamp} or {@code masters}
 * @param courseKey the course's key
 * @param title the certificate's title
 * @param signatories the signatories of the certificate; upstream default: an empty list
 * @param isActive whether the configuration is active; upstream default {@code false}
 */
public record CertificateConfigData(
        @JsonbProperty("certificate_type") @NotNull String certificateType,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @NotNull String title,
        @NotNull List<@NotNull @Valid CertificateSignatoryData> signatories,
        @JsonbProperty("is_active") boolean isActive) {

    /**
     * Copies and normalizes the components; a null {@code signatories} becomes an empty list.
     *
     * @param certificateType the certificate type, one of the course modes that grant certificates: {@code credit},
     *     {@code verified}, {@code professional}, {@code no-id-professional}, {@code executive-education},
     *     {@code paid-executive-education}, {@code paid-bootcamp} or {@code masters}
     * @param courseKey the course's key
     * @param title the certificate's title
     * @param signatories the signatories of the certificate; upstream default: an empty list
     * @param isActive whether the configuration is active; upstream default {@code false}
     */
    @JsonbCreator
    public CertificateConfigData {
        signatories = Payloads.copyOrEmpty(signatories);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param certificateType the certificate type, one of the course modes that grant certificates: {@code credit},
     *     {@code verified}, {@code professional}, {@code no-id-professional}, {@code executive-education},
     *     {@code paid-executive-education}, {@code paid-bootcamp} or {@code masters}
     * @param courseKey the course's key
     * @param title the certificate's title
     */
    public CertificateConfigData(String certificateType, CourseKey courseKey, String title) {
        this(certificateType, courseKey, title, List.of(), false);
    }
}

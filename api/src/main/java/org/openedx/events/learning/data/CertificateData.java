package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The course certificate of a user.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CertificateData}.
 *
 * <p>{@link #toString()} masks {@code name} so that the record is safe to log.
 *
 * @param user the user who holds the certificate
 * @param course the course the certificate is for
 * @param mode the course mode of the enrollment
 * @param grade the user's grade in the course run
 * @param downloadUrl the URL of the certificate's PDF
 * @param name the user's name
 * @param currentStatus the certificate's status now
 * @param previousStatus the certificate's status before the event, when known; upstream default {@code ""}
 */
public record CertificateData(
        @NotNull @Valid UserData user,
        @NotNull @Valid CourseData course,
        @NotNull String mode,
        @NotNull String grade,
        @JsonbProperty("download_url") @NotNull String downloadUrl,
        @NotNull String name,
        @JsonbProperty("current_status") @NotNull String currentStatus,
        @JsonbProperty("previous_status") @NotNull String previousStatus) {

    /**
     * Copies and normalizes the components; a null {@code previousStatus} becomes upstream's default {@code ""}.
     *
     * @param user the user who holds the certificate
     * @param course the course the certificate is for
     * @param mode the course mode of the enrollment
     * @param grade the user's grade in the course run
     * @param downloadUrl the URL of the certificate's PDF
     * @param name the user's name
     * @param currentStatus the certificate's status now
     * @param previousStatus the certificate's status before the event, when known; upstream default {@code ""}
     */
    @JsonbCreator
    public CertificateData {
        previousStatus = Payloads.orEmpty(previousStatus);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param user the user who holds the certificate
     * @param course the course the certificate is for
     * @param mode the course mode of the enrollment
     * @param grade the user's grade in the course run
     * @param downloadUrl the URL of the certificate's PDF
     * @param name the user's name
     * @param currentStatus the certificate's status now
     */
    public CertificateData(UserData user, CourseData course, String mode, String grade, String downloadUrl, String name,
            String currentStatus) {
        this(user, course, mode, grade, downloadUrl, name, currentStatus, "");
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "CertificateData[user=" + user + ", course=" + course + ", mode=" + mode + ", grade=" + grade
                + ", downloadUrl=" + downloadUrl + ", name=***, currentStatus=" + currentStatus + ", previousStatus="
                + previousStatus + "]";
    }
}

package org.openedx.events.contentauthoring.data;

import java.util.Arrays;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;

/**
 * A signatory of a course certificate, a subset of the LMS's {@code CertificateSignatory}.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.CertificateSignatoryData}.
 *
 * <p>{@link #toString()} masks {@code name} so that the record is safe to log.
 *
 * @param image the signature image, as bytes ({@code BinaryIO} upstream)
 * @param name the signatory's name
 * @param organization the organization the signatory belongs to
 * @param title the signatory's title
 */
public record CertificateSignatoryData(
        @NotNull byte[] image,
        @NotNull String name,
        @NotNull String organization,
        @NotNull String title) {

    /**
     * Copies and normalizes the components.
     *
     * @param image the signature image, as bytes ({@code BinaryIO} upstream)
     * @param name the signatory's name
     * @param organization the organization the signatory belongs to
     * @param title the signatory's title
     */
    @JsonbCreator
    public CertificateSignatoryData {
        image = image == null ? null : image.clone();
    }

    /**
     * Returns a copy of the {@code image} bytes: changing it does not change the record.
     *
     * @return a copy of {@code image}, or null
     */
    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }

    /** Equal when all components are, comparing arrays by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateSignatoryData that
                && Arrays.equals(image, that.image)
                && Objects.equals(name, that.name)
                && Objects.equals(organization, that.organization)
                && Objects.equals(title, that.title);
    }

    /** A hash of all components, hashing arrays by content. */
    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(image), name, organization, title);
    }

    /** Like the default record toString, but masks the personal data and shows only the length of byte arrays. */
    @Override
    public String toString() {
        return "CertificateSignatoryData[image=" + (image == null ? "null" : "byte[" + image.length + "]")
                + ", name=***, organization=" + organization + ", title=" + title + "]";
    }
}

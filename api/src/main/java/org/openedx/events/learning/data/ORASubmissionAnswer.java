package org.openedx.events.learning.data;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The answer of an open response assessment (ORA) submission: its text parts and uploaded files.
 *
 * <p>Upstream: {@code openedx_events.learning.data.ORASubmissionAnswer}.
 *
 * @param parts the text parts of the response; upstream default: an empty list
 * @param fileKeys the keys of the uploaded files; upstream default: an empty list
 * @param fileDescriptions the descriptions of the uploaded files; upstream default: an empty list
 * @param fileNames the names of the uploaded files; upstream default: an empty list
 * @param fileSizes the sizes of the uploaded files; upstream default: an empty list
 * @param fileUrls the URLs of the uploaded files; upstream default: an empty list
 */
public record ORASubmissionAnswer(
        @NotNull List<@NotNull Map<String, @NotNull String>> parts,
        @JsonbProperty("file_keys") @NotNull List<@NotNull String> fileKeys,
        @JsonbProperty("file_descriptions") @NotNull List<@NotNull String> fileDescriptions,
        @JsonbProperty("file_names") @NotNull List<@NotNull String> fileNames,
        @JsonbProperty("file_sizes") @NotNull List<@NotNull Long> fileSizes,
        @JsonbProperty("file_urls") @NotNull List<@NotNull String> fileUrls) {

    /**
     * Copies and normalizes the components; null {@code parts}, {@code fileKeys}, {@code fileDescriptions},
     * {@code fileNames}, {@code fileSizes} and {@code fileUrls} become empty lists.
     *
     * @param parts the text parts of the response; upstream default: an empty list
     * @param fileKeys the keys of the uploaded files; upstream default: an empty list
     * @param fileDescriptions the descriptions of the uploaded files; upstream default: an empty list
     * @param fileNames the names of the uploaded files; upstream default: an empty list
     * @param fileSizes the sizes of the uploaded files; upstream default: an empty list
     * @param fileUrls the URLs of the uploaded files; upstream default: an empty list
     */
    @JsonbCreator
    public ORASubmissionAnswer {
        parts = parts == null ? List.of() : Payloads.copy(parts, Payloads::copy);
        fileKeys = Payloads.copyOrEmpty(fileKeys);
        fileDescriptions = Payloads.copyOrEmpty(fileDescriptions);
        fileNames = Payloads.copyOrEmpty(fileNames);
        fileSizes = Payloads.copyOrEmpty(fileSizes);
        fileUrls = Payloads.copyOrEmpty(fileUrls);
    }

    /** Every component takes upstream's default. */
    public ORASubmissionAnswer() {
        this(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

package org.corroborate.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.corroborate.api.Language;

/**
 * Reads one document file (one report) into its plain text and whatever metadata the document
 * itself carries; {@link ArticleDocumentReader} reads every format the ingestion layer reads. A
 * sidecar {@code X.json} beside the document overrides its metadata.
 */
public interface DocumentReader {

    /** Whether this reader reads {@code file} (by its name; the file is not opened). */
    boolean canRead(Path file);

    /**
     * Reads {@code file}; {@code lang}, when not null, is the language its sidecar states.
     *
     * @throws IOException when the file cannot be read
     * @throws org.corroborate.api.InputRejectedException when it is corrupt or not what its name says
     */
    Document read(Path file, Language lang) throws IOException;

    /** A document's plain text and the metadata it carries; every field but {@code text} may be {@code null}. */
    record Document(String title, String text, Language lang, LocalDate published, OffsetDateTime publishedAt) {
        public Document {
            Objects.requireNonNull(text, "text");
        }
    }
}

package org.corroborate.ingest;

import java.util.List;
import java.util.Objects;

import org.corroborate.api.ParagraphRole;
import org.corroborate.api.SourceLocation;

/**
 * What a format adapter ({@code ingest.html}, {@code ingest.tika}) hands to the facade: the
 * paragraphs in reading order and what the document says about itself. Every string may be
 * {@code null} when the document does not say. For adapters only; callers get an
 * {@link org.corroborate.api.Article} from {@link ArticleReader}.
 *
 * @param dateCandidates publication dates as written in the document, best source first
 * @param datesAreFileDates whether those dates are the file's own (creation) dates rather than
 *                       a publication date the document states, so the reader is warned
 */
public record ExtractedDocument(
        List<Block> blocks,
        String title,
        String byline,
        String url,
        String sourceName,
        List<String> dateCandidates,
        boolean datesAreFileDates) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        dateCandidates = List.copyOf(dateCandidates);
    }

    /** One paragraph as extracted: stripped, never blank; {@code source} only for HTML. */
    public record Block(String text, ParagraphRole role, SourceLocation source) {
        public Block {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(role, "role");
            if (text.isBlank() || !text.equals(text.strip())) {
                throw new IllegalArgumentException("a block's text must be stripped and not blank");
            }
        }
    }
}

package org.corroborate.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.Article;
import org.corroborate.api.ArticleWarning;
import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.corroborate.ingest.PublicationDates.Publication;

/**
 * Turns extracted paragraphs and metadata into an {@link Article}: joins structured paragraphs
 * with a blank line, decides language, id and publication date (the caller's values first).
 */
final class ArticleAssembler {
    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final int ID_HEX_DIGITS = 16;

    private ArticleAssembler() {
    }

    /** Text input: the text is kept unchanged, paragraphs are slices of it. */
    static Article fromText(String text, byte[] bytes, ReadOptions options) {
        List<Paragraph> paragraphs = new ArrayList<>(TextParagraphs.split(text));
        int at = bylineIndex(paragraphs.stream().map(Paragraph::text).toList(),
                !paragraphs.isEmpty() && paragraphs.get(0).role() == ParagraphRole.TITLE);
        String byline = at < 0 ? null : paragraphs.remove(at).text();
        Metadata meta = new Metadata(titleOf(paragraphs, null), byline, null, null, List.of(), false);
        return assemble(text, paragraphs, meta, bytes, options);
    }

    /**
     * Structured input: paragraphs joined by a blank line. With {@code guessTitle} (formats
     * without reliable headings: PDF, or a DOCX without heading styles) a first paragraph that
     * reads like a headline becomes the title, by the rule plain text uses.
     */
    static Article fromDocument(ExtractedDocument doc, byte[] bytes, ReadOptions options, String noTextMessage,
            boolean guessTitle) {
        List<ExtractedDocument.Block> blocks = new ArrayList<>(doc.blocks());
        if (guessTitle) {
            promoteTitle(blocks);
        }
        String byline = doc.byline() != null ? doc.byline() : takeBylineBlock(blocks);
        if (blocks.isEmpty()) {
            throw new InputRejectedException("no-text-found", noTextMessage);
        }
        List<Paragraph> paragraphs = joined(blocks);
        String text = String.join(PARAGRAPH_SEPARATOR, blocks.stream().map(ExtractedDocument.Block::text).toList());
        Metadata meta = new Metadata(titleOf(paragraphs, doc.title()), byline, doc.url(), doc.sourceName(),
                doc.dateCandidates(), doc.datesAreFileDates());
        return assemble(text, paragraphs, meta, bytes, options);
    }

    /** The blocks as paragraphs of their text joined by {@link #PARAGRAPH_SEPARATOR}. */
    private static List<Paragraph> joined(List<ExtractedDocument.Block> blocks) {
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        int start = 0;
        for (ExtractedDocument.Block block : blocks) {
            int end = start + block.text().length();
            paragraphs.add(new Paragraph(block.text(), start, end, block.role(), block.source()));
            start = end + PARAGRAPH_SEPARATOR.length();
        }
        return paragraphs;
    }

    private static void promoteTitle(List<ExtractedDocument.Block> blocks) {
        boolean hasTitle = blocks.stream().anyMatch(b -> b.role() == ParagraphRole.TITLE);
        if (!hasTitle && blocks.size() > 1 && blocks.get(0).role() == ParagraphRole.BODY) {
            String first = blocks.get(0).text();
            if (TextParagraphs.looksLikeTitle(first, new int[] {0, first.length()})) {
                blocks.set(0, new ExtractedDocument.Block(first, ParagraphRole.TITLE, blocks.get(0).source()));
            }
        }
    }

    private record Metadata(String title, String byline, String url, String source, List<String> dates,
            boolean datesAreFileDates) {
    }

    private static Article assemble(String text, List<Paragraph> paragraphs, Metadata meta, byte[] bytes,
            ReadOptions options) {
        Language lang = options.lang() != null ? options.lang() : detectLanguage(text);
        List<ArticleWarning> warnings = new ArrayList<>();
        Publication publication = publication(meta, options, warnings);
        String id = options.id() != null ? options.id() : meta.url() != null ? meta.url() : contentId(bytes);
        return new Article(id, meta.title(), meta.byline(), lang, publication.date(), publication.at(),
                meta.source(), meta.url(), text, paragraphs, warnings);
    }

    private static Language detectLanguage(String text) {
        return LanguageGuess.of(text).orElseThrow(() -> new InputRejectedException("unsupported-language",
                "the article is neither Arabic nor English (mostly " + LanguageGuess.dominantScript(text)
                        + " script); give --lang ar or --lang en to read it anyway"));
    }

    /** The caller's date wins; the document's timestamp is kept only when it falls on that date. */
    private static Publication publication(Metadata meta, ReadOptions options, List<ArticleWarning> warnings) {
        Optional<Publication> found = PublicationDates.first(meta.dates());
        if (options.published() != null) {
            boolean sameDay = found.map(p -> options.published().equals(p.date())).orElse(false);
            return new Publication(options.published(), sameDay ? found.get().at() : null);
        }
        if (found.isEmpty()) {
            warnings.add(new ArticleWarning(ArticleWarning.NO_PUBLICATION_DATE,
                    "no publication date in the document and none given (--published YYYY-MM-DD);"
                            + " relative dates stay unresolved"));
            return new Publication(null, null);
        }
        if (meta.datesAreFileDates()) {
            warnings.add(new ArticleWarning(ArticleWarning.PUBLICATION_DATE_FROM_FILE,
                    "the publication date " + found.get().date() + " is the file's creation date;"
                            + " give --published YYYY-MM-DD if the article appeared on another day"));
        }
        return found.get();
    }

    private static String titleOf(List<Paragraph> paragraphs, String fallback) {
        return paragraphs.stream().filter(p -> p.role() == ParagraphRole.TITLE).map(Paragraph::text)
                .findFirst().orElse(fallback == null || fallback.isBlank() ? null : fallback.strip());
    }

    private static String takeBylineBlock(List<ExtractedDocument.Block> blocks) {
        int at = bylineIndex(blocks.stream().map(ExtractedDocument.Block::text).toList(),
                !blocks.isEmpty() && blocks.get(0).role() == ParagraphRole.TITLE);
        return at < 0 ? null : blocks.remove(at).text();
    }

    /** A byline paragraph right after the title (or first) is metadata, not body text. */
    private static int bylineIndex(List<String> paragraphs, boolean startsWithTitle) {
        int at = startsWithTitle ? 1 : 0;
        return paragraphs.size() > at + 1 && Bylines.isByline(paragraphs.get(at)) ? at : -1;
    }

    /** {@code sha256:} and the first 16 hex digits of the SHA-256 of the input bytes. */
    static String contentId(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}

package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.corroborate.api.Article;
import org.corroborate.api.InputRejectedException;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.tika.TikaExtractor;

/**
 * The ingestion facade (issue 3): turns whatever a newsroom CMS sends — HTML, plain text, DOCX,
 * ODT, RTF or PDF, Arabic or English — into one {@link Article}, within the hard limits of
 * {@link IngestLimits}. Every bad input ends as an {@link InputRejectedException} with a
 * kebab-case code; nothing hangs past the timeout. Thread-safe; reuse one instance.
 */
public final class ArticleReader {
    /** Rough heap needed per input byte, by format, to refuse what cannot fit the budget. */
    private static final int TEXT_HEAP_FACTOR = 6;
    private static final int MARKUP_HEAP_FACTOR = 10;

    private final IngestLimits limits;

    public ArticleReader() {
        this(IngestLimits.defaults());
    }

    public ArticleReader(IngestLimits limits) {
        this.limits = limits;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** Reads a file; its name helps only to tell HTML from text. */
    public Article read(Path file, ReadOptions options) {
        return read(readBounded(file), file.getFileName().toString(), options);
    }

    /** Reads the bytes of a document; {@code fileName} may be {@code null}. */
    public Article read(byte[] bytes, String fileName, ReadOptions options) {
        requireWithinLimits(bytes);
        SourceFormat format = FormatSniffer.detect(bytes, fileName);
        requireHeapBudget(bytes, format);
        String what = "the " + format.displayName() + (fileName == null ? "" : " " + fileName);
        return BoundedRun.call(() -> extract(bytes, format, options), limits, what);
    }

    /** Reads text given as a string (a batch line, an API {@code text}): the text stays unchanged. */
    public Article readText(String text, ReadOptions options) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        requireWithinLimits(bytes);
        requireNotBlank(text);
        return BoundedRun.call(() -> ArticleAssembler.fromText(text, bytes, options), limits, "the text");
    }

    /** Reads HTML given as a string (an API {@code html}). */
    public Article readHtml(String html, ReadOptions options) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        requireWithinLimits(bytes);
        requireHeapBudget(bytes, SourceFormat.HTML);
        return BoundedRun.call(() -> ArticleAssembler.fromDocument(HtmlExtractor.extract(html),
                bytes, options, noText(SourceFormat.HTML), false), limits, "the HTML");
    }

    private Article extract(byte[] bytes, SourceFormat format, ReadOptions options) {
        return switch (format) {
            case TEXT -> {
                String text = TextDecoder.decode(bytes);
                requireNotBlank(text);
                yield ArticleAssembler.fromText(text, bytes, options);
            }
            case HTML -> ArticleAssembler.fromDocument(html(bytes), bytes, options, noText(format), false);
            case DOCX, ODT, RTF, PDF -> {
                if (format == SourceFormat.DOCX || format == SourceFormat.ODT) {
                    ZipGuard.check(bytes, format, limits);
                }
                ExtractedDocument doc = TikaExtractor.extract(bytes, format, limits.maxTextChars());
                yield ArticleAssembler.fromDocument(doc, bytes, options, noText(format), true);
            }
        };
    }

    /**
     * jsoup honours a BOM or a declared charset and otherwise assumes UTF-8; legacy Arabic pages
     * that declare nothing are windows-1256, which UTF-8 would turn into U+FFFD.
     */
    private static ExtractedDocument html(byte[] bytes) {
        if (FormatSniffer.declaresCharset(bytes)) {
            return HtmlExtractor.extract(bytes);
        }
        return TextDecoder.windows1256IfNotUtf8(bytes).map(HtmlExtractor::extract)
                .orElseGet(() -> HtmlExtractor.extract(bytes));
    }

    private static String noText(SourceFormat format) {
        return format == SourceFormat.PDF
                ? "no text found: scanned document? (the PDF has no text layer; run OCR first)"
                : "no text found in the " + format.displayName();
    }

    private byte[] readBounded(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read one byte past the limit: the file may have grown since it was measured.
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("not-found", "no such file: " + file);
        } catch (IOException e) {
            throw new InputRejectedException("unreadable", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void requireWithinLimits(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            throw new InputRejectedException("empty-input", "the input is empty");
        }
    }

    private static void requireNotBlank(String text) {
        if (text.chars().allMatch(c -> TextParagraphs.isSpace((char) c))) {
            throw new InputRejectedException("empty-input", "the input holds only white space");
        }
    }

    private void requireHeapBudget(byte[] bytes, SourceFormat format) {
        long factor = format == SourceFormat.TEXT ? TEXT_HEAP_FACTOR : MARKUP_HEAP_FACTOR;
        long estimate = bytes.length * factor;
        if (estimate > limits.heapBudgetBytes()) {
            throw new InputRejectedException("too-large", "reading this " + format.displayName() + " of "
                    + Sizes.human(bytes.length) + " needs about " + Sizes.human(estimate)
                    + " of memory, over the budget of " + Sizes.human(limits.heapBudgetBytes()));
        }
    }

    private InputRejectedException tooLarge(long size) {
        return new InputRejectedException("too-large", "the input is " + Sizes.human(size)
                + ", over the limit of " + Sizes.human(limits.maxBytes()));
    }
}

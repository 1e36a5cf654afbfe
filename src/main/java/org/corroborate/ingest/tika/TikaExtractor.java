package org.corroborate.ingest.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.corroborate.api.InputRejectedException;
import org.corroborate.api.ParagraphRole;
import org.corroborate.ingest.ExtractedDocument;
import org.corroborate.ingest.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Reads the text layer of DOCX, ODT, RTF and PDF through Tika, one parser per format (no
 * auto-detection, no OCR, embedded documents ignored), and maps Tika's failures to typed input
 * errors: {@code encrypted-document}, {@code too-large}, {@code corrupt-document}.
 */
public final class TikaExtractor {
    private static final Tika DETECTOR = new Tika();

    private TikaExtractor() {
    }

    /** The media type Tika sees in {@code bytes}, for error messages about formats we do not read. */
    public static String mediaTypeOf(byte[] bytes, String fileName) {
        return DETECTOR.detect(bytes, fileName);
    }

    public static ExtractedDocument extract(byte[] bytes, SourceFormat format, long maxChars) {
        ParagraphHandler handler = new ParagraphHandler(maxChars);
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parserFor(format).parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new InputRejectedException("encrypted-document", "the " + format.displayName()
                    + " is encrypted (password-protected); save it without a password", e);
        } catch (ParagraphHandler.TextLimitException e) {
            throw new InputRejectedException("too-large", "the " + format.displayName() + " holds " + e.getMessage()
                    + ", over the heap budget", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw rejectedOrCancelled(e, format);
        }
        List<ParagraphHandler.Para> paragraphs = format == SourceFormat.PDF
                ? PdfLines.paragraphs(handler.paragraphs()) : handler.paragraphs();
        return document(paragraphs, metadata);
    }

    private static RuntimeException rejectedOrCancelled(Exception e, SourceFormat format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException cancelled) {
                return cancelled;
            }
            if (t instanceof EncryptedDocumentException) {
                return new InputRejectedException("encrypted-document", "the " + format.displayName()
                        + " is encrypted (password-protected); save it without a password", e);
            }
        }
        return new InputRejectedException("corrupt-document",
                "cannot read the " + format.displayName() + ": " + e.getMessage(), e);
    }

    private static Parser parserFor(SourceFormat format) {
        return switch (format) {
            case DOCX -> new OOXMLParser();
            case ODT -> new OpenDocumentParser();
            case RTF -> new RTFParser();
            case PDF -> new PDFParser();
            case TEXT, HTML -> throw new IllegalArgumentException(format + " is not read through Tika");
        };
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, new EmptyParser()); // embedded images and attachments are not the article
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false); // the outline repeats the headings after the text
        pdf.setSortByPosition(true);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static ExtractedDocument document(List<ParagraphHandler.Para> paragraphs, Metadata metadata) {
        List<ExtractedDocument.Block> blocks = new ArrayList<>(paragraphs.size());
        for (ParagraphHandler.Para para : paragraphs) {
            blocks.add(new ExtractedDocument.Block(para.text(), roleOf(para, blocks), null));
        }
        List<String> dates = new ArrayList<>();
        addIfPresent(dates, metadata.get(TikaCoreProperties.CREATED));
        return new ExtractedDocument(blocks, metadata.get(TikaCoreProperties.TITLE), null, null, null, dates, true);
    }

    /** A first {@code h1} is the title; an {@code h2} right after it, the standfirst. */
    private static ParagraphRole roleOf(ParagraphHandler.Para para, List<ExtractedDocument.Block> before) {
        if (before.isEmpty() && para.tag().equals("h1")) {
            return ParagraphRole.TITLE;
        }
        boolean afterTitle = before.size() == 1 && before.get(0).role() == ParagraphRole.TITLE;
        return afterTitle && para.tag().equals("h2") ? ParagraphRole.STANDFIRST : ParagraphRole.BODY;
    }

    private static void addIfPresent(List<String> dates, String date) {
        if (date != null && !date.isBlank()) {
            dates.add(date);
        }
    }
}

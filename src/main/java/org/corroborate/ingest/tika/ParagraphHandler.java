package org.corroborate.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects paragraphs from Tika's XHTML events: every block element (p, h1-h6, li, td...) ends
 * the paragraph before it; white space inside a paragraph collapses to one space (PDF line
 * breaks, DOCX tabs). Text in the XHTML head, in page headers and footers, and in comments is
 * not the article. Stops with {@link TextLimitException} past the character limit and with a
 * {@link CancellationException} when its thread is interrupted (a timeout).
 */
final class ParagraphHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "div", "blockquote",
            "pre", "ol", "ul", "dd", "dt", "body");
    private static final Set<String> SKIPPED_CLASSES = Set.of("header", "footer", "comment", "annotation");

    /** A paragraph, the XHTML element it was in (e.g. {@code h1}) and its text as Tika wrote it. */
    record Para(String text, String tag, String raw) {
    }

    private final long maxChars;
    private final List<Para> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private String currentTag = "p";
    private int skipDepth;
    private long chars;

    ParagraphHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    List<Para> paragraphs() {
        return paragraphs;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String tag = localName.isEmpty() ? qName : localName;
        boolean skipped = tag.equals("head") || SKIPPED_CLASSES.contains(String.valueOf(atts.getValue("class")));
        if (skipDepth > 0 || skipped) {
            skipDepth++;
            return;
        }
        if (BLOCKS.contains(tag)) {
            flush();
            currentTag = tag;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String tag = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (BLOCKS.contains(tag)) {
            flush();
            currentTag = "p";
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading the document was cancelled");
        }
        if (skipDepth > 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new TextLimitException(maxChars);
        }
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            current.append(ch, start, length); // PDF line breaks arrive here; PdfLines needs them
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void flush() {
        String text = collapse(current);
        if (!text.isEmpty()) {
            paragraphs.add(new Para(text, currentTag, current.toString()));
        }
        current.setLength(0);
    }

    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** More text than the heap budget allows. */
    static final class TextLimitException extends SAXException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TextLimitException(long limit) {
            super("more than " + limit + " characters of text");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}

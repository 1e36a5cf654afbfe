package org.corroborate.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.corroborate.api.InputRejectedException;
import org.corroborate.ingest.tika.TikaExtractor;

/**
 * Decides the format from the bytes (magic numbers), never from the file name alone: a PDF named
 * {@code .html} is a PDF. The name only tells HTML from text when the bytes could be either.
 * What we cannot read is refused with its media type, as Tika names it.
 */
final class FormatSniffer {
    private static final int HEAD_BYTES = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h1|section|main)\\b");
    private static final Pattern CHARSET_DECLARATION = Pattern.compile("(?i)<meta[^>]+charset\\s*=");
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";

    private FormatSniffer() {
    }

    static SourceFormat detect(byte[] bytes, String fileName) {
        if (Boms.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return SourceFormat.PDF;
        }
        if (Boms.startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            return SourceFormat.RTF;
        }
        if (Boms.startsWith(bytes, 'P', 'K', 3, 4)) {
            return zipPackage(bytes, fileName);
        }
        if (Boms.charsetOf(bytes) == null && looksBinary(bytes)) {
            throw unsupported(bytes, fileName);
        }
        return isHtml(bytes, fileName) ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    private static SourceFormat zipPackage(byte[] bytes, String fileName) {
        // Entry names and the ODF mimetype entry are stored uncompressed, so a byte search finds them.
        if (contains(bytes, ODT_MIMETYPE.getBytes(StandardCharsets.US_ASCII))
                && !contains(bytes, (ODT_MIMETYPE + "-").getBytes(StandardCharsets.US_ASCII))) {
            return SourceFormat.ODT;
        }
        if (contains(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII))) {
            return SourceFormat.DOCX;
        }
        throw unsupported(bytes, fileName);
    }

    private static InputRejectedException unsupported(byte[] bytes, String fileName) {
        String mediaType = TikaExtractor.mediaTypeOf(bytes, fileName);
        if (ENCRYPTED_OOXML.equals(mediaType)) {
            return new InputRejectedException("encrypted-document",
                    "the document is encrypted (a password-protected Office file); save it without a password");
        }
        String shown = "application/octet-stream".equals(mediaType) ? "unrecognised binary data" : mediaType;
        return new InputRejectedException("unsupported-format", "unsupported format: " + shown
                + " (Corroborate reads HTML, plain text, DOCX, ODT, RTF and PDF)");
    }

    /** NUL bytes or many control characters near the start: not text in any charset we read. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B ? 1 : 0;
        }
        return controls > n / 100;
    }

    private static boolean isHtml(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        if (name.endsWith(".txt")) {
            return false;
        }
        return HTML_START.matcher(head(bytes)).find();
    }

    /** Whether the page names its charset near the start ({@code <meta charset>} or http-equiv). */
    static boolean declaresCharset(byte[] bytes) {
        return CHARSET_DECLARATION.matcher(head(bytes)).find();
    }

    private static String head(byte[] bytes) {
        Charset bom = Boms.charsetOf(bytes);
        int from = Boms.length(bytes);
        int to = Math.min(bytes.length, from + HEAD_BYTES);
        // ISO-8859-1 maps every byte, and the tags we look for are ASCII.
        return new String(bytes, from, to - from, bom == null ? StandardCharsets.ISO_8859_1 : bom);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

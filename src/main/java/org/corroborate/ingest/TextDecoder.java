package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import java.util.Optional;

import org.corroborate.api.InputRejectedException;

/**
 * Decodes plain-text input strictly: a BOM (UTF-8, UTF-16 LE/BE) decides and is removed;
 * otherwise valid UTF-8; otherwise legacy Arabic windows-1256 when the high bytes read as
 * Arabic letters. Anything else is {@code invalid-encoding}; nothing is ever replaced by U+FFFD.
 */
final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Share of non-ASCII characters that must be Arabic letters to accept windows-1256. */
    private static final double MIN_ARABIC_SHARE = 0.7;
    private static final int MIN_HIGH_BYTES = 8;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        Charset bom = Boms.charsetOf(bytes);
        if (bom != null) {
            return strict(bytes, Boms.length(bytes), bom);
        }
        try {
            return decodeOrThrow(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return legacyArabic(bytes, notUtf8);
        }
    }

    private static String legacyArabic(byte[] bytes, CharacterCodingException notUtf8) {
        return asWindows1256Arabic(bytes).orElseThrow(() -> new InputRejectedException("invalid-encoding",
                "the text is neither valid UTF-8 (" + describe(notUtf8, bytes) + ") nor Arabic windows-1256"));
    }

    /** Bytes that are not UTF-8 but read as Arabic in windows-1256, decoded; else empty. */
    static Optional<String> windows1256IfNotUtf8(byte[] bytes) {
        if (Boms.charsetOf(bytes) != null) {
            return Optional.empty();
        }
        try {
            decodeOrThrow(bytes, 0, StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (CharacterCodingException notUtf8) {
            return asWindows1256Arabic(bytes);
        }
    }

    private static Optional<String> asWindows1256Arabic(byte[] bytes) {
        String text = new String(bytes, WINDOWS_1256);
        int high = 0;
        int arabic = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                high++;
                arabic += Scripts.isArabicLetter(text.charAt(i)) ? 1 : 0;
            }
        }
        boolean plausible = high >= MIN_HIGH_BYTES && arabic >= MIN_ARABIC_SHARE * high && !text.contains("\uFFFD");
        return plausible ? Optional.of(text) : Optional.empty();
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decodeOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("invalid-encoding",
                    "the text has a " + charset.name() + " byte order mark but is not valid " + charset.name(), e);
        }
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static String describe(CharacterCodingException e, byte[] bytes) {
        if (!(e instanceof MalformedInputException)) {
            return e.getMessage();
        }
        int at = firstInvalidUtf8(bytes);
        return at < 0 ? "malformed" : String.format("byte 0x%02X at offset %d", bytes[at] & 0xFF, at);
    }

    /** Where the first malformed UTF-8 sequence starts, or -1. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}

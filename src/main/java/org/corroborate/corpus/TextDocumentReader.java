package org.corroborate.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;

/**
 * Reads {@code .txt} reports: UTF-8, the text unchanged but for a BOM (CONTRACT.md "Text and
 * spans"). A text file carries no metadata but its language, guessed from its letters (more
 * Arabic than Latin letters: {@code ar}); a sidecar gives the rest.
 */
public final class TextDocumentReader implements DocumentReader {
    private static final char BOM = '\uFEFF';

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public Document read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file), file);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return new Document(null, text, guessLanguage(text), null, null);
    }

    private static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("corrupt-input", "not UTF-8 text: " + file);
        }
    }

    /** {@code ar} or {@code en} by the letters' scripts, {@code null} when there are none of either. */
    static Language guessLanguage(String text) {
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        if (arabic == 0 && latin == 0) {
            return null;
        }
        return arabic > latin ? Language.AR : Language.EN;
    }
}

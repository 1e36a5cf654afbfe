package org.corroborate.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte order marks: which charset they announce and how long they are. */
final class Boms {
    private Boms() {
    }

    /** The charset a BOM at the start announces, or {@code null} when there is none. */
    static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static int length(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        if (charset == null) {
            return 0;
        }
        return charset == StandardCharsets.UTF_8 ? 3 : 2;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

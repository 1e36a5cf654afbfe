package org.corroborate.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.corroborate.api.InputRejectedException;

/**
 * Inflates a DOCX or ODT once, counting, before any parser sees it, and refuses it when it
 * unpacks to more than the limit or far more than text compresses to: a zip bomb costs at most
 * {@value #BOMB_CHECK_FROM_BYTES} bytes of inflating here instead of the heap of the parser.
 */
final class ZipGuard {
    /** Office text compresses 5-20 times; more than this is a bomb, not an article. */
    static final int MAX_RATIO = 100;
    static final long BOMB_CHECK_FROM_BYTES = 16L * 1024 * 1024;

    private ZipGuard() {
    }

    static void check(byte[] zip, SourceFormat format, IngestLimits limits) {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                inflated = drain(in, buffer, inflated, zip.length, format, limits);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException("corrupt-document",
                    "the " + format.displayName() + " is not a readable zip package: " + e.getMessage(), e);
        }
    }

    private static long drain(InputStream in, byte[] buffer, long inflated, long packed,
            SourceFormat format, IngestLimits limits) throws IOException {
        long total = inflated;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > limits.maxUnpackedBytes()) {
                throw bomb(format, "unpacks to more than " + Sizes.human(limits.maxUnpackedBytes()));
            }
            if (total > BOMB_CHECK_FROM_BYTES && total > MAX_RATIO * packed) {
                throw bomb(format, "unpacks to over " + MAX_RATIO + " times its " + Sizes.human(packed));
            }
        }
        return total;
    }

    private static InputRejectedException bomb(SourceFormat format, String why) {
        return new InputRejectedException("zip-bomb", "suspected zip bomb: the " + format.displayName() + " " + why);
    }
}

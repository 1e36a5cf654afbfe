package org.corroborate.corpus;

import java.nio.file.Path;
import java.util.Objects;

/** Where a report came from: a file, and the line for a feed ({@code 0}: the whole file). */
public record Origin(Path file, int line) {
    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    public static Origin of(Path file) {
        return new Origin(file, 0);
    }

    /** {@code file:line}, or {@code file} for a whole-file document. */
    @Override
    public String toString() {
        return line == 0 ? file.toString() : file + ":" + line;
    }
}

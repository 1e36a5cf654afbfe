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

    /**
     * Reads {@link #toString()} back: a trailing {@code :N} is the line, else the whole file
     * ({@code C:\\feeds\\a.jsonl} stays a path). How a report stored in the corpus says where it came from.
     */
    public static Origin parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon > 0 && colon < text.length() - 1 && text.substring(colon + 1).chars().allMatch(Character::isDigit)
                && text.length() - colon <= 10) {
            return new Origin(Path.of(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
        }
        return of(Path.of(text));
    }

    /** {@code file:line}, or {@code file} for a whole-file document. */
    @Override
    public String toString() {
        return line == 0 ? file.toString() : file + ":" + line;
    }
}

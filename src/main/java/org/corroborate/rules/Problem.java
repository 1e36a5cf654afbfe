package org.corroborate.rules;

/** One thing wrong in the rule packs: where (file and line) and what. */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

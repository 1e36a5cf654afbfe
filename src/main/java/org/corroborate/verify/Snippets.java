package org.corroborate.verify;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Span;

/** The plain-text snippet of a report's claim (its sentence) and the marks that point into it. */
final class Snippets {
    private Snippets() {
    }

    /** Marks every whole occurrence of {@code needle} in {@code snippet} (none when it is not written that way). */
    static List<Span> marks(String snippet, String needle) {
        List<Span> marks = new ArrayList<>();
        if (snippet == null || needle == null || needle.isBlank()) {
            return marks;
        }
        for (int at = snippet.indexOf(needle); at >= 0; at = snippet.indexOf(needle, at + needle.length())) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(snippet.charAt(at - 1));
            int end = at + needle.length();
            boolean endsWord = end == snippet.length() || !Character.isDigit(snippet.charAt(end));
            if (startsWord && endsWord) {
                marks.add(new Span(at, end));
            }
        }
        return marks;
    }

    /** What to mark for a report's claim: its number as digits, or its quote. */
    static List<Span> marksFor(CorpusClaim claim) {
        if (claim.quote() != null) {
            return marks(claim.sentence(), claim.quote());
        }
        Long n = claim.countValue() != null ? claim.countValue()
                : claim.count() == null ? null : claim.count().lower();
        return n == null ? List.of() : marks(claim.sentence(), n.toString());
    }
}

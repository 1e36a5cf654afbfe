package org.corroborate.ingest;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;

/**
 * Splits plain text into paragraphs without changing it: each paragraph is a slice of the text,
 * white space trimmed at both ends.
 * <ul>
 * <li>When the text has a blank line anywhere, paragraphs are separated by blank lines (hard
 * wrapped lines stay in their paragraph). Otherwise every non-blank line is a paragraph, as CMS
 * exports and wire copy often write one paragraph per line.</li>
 * <li>The first paragraph is the {@code title} when it is one line of at most
 * {@value #MAX_TITLE_CHARS} characters, does not end like a sentence (. ! ? ؟ : ، ,) and more
 * text follows. Headlines are written that way; a first paragraph of running prose is not.</li>
 * </ul>
 */
final class TextParagraphs {
    static final int MAX_TITLE_CHARS = 200;
    private static final String SENTENCE_ENDINGS = ".!?\u061F:;\u060C,\u2026";

    private TextParagraphs() {
    }

    static List<Paragraph> split(String text) {
        List<int[]> spans = hasBlankLine(text) ? blocks(text) : lines(text);
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            boolean title = paragraphs.isEmpty() && spans.size() > 1 && looksLikeTitle(text, span);
            paragraphs.add(new Paragraph(text.substring(span[0], span[1]), span[0], span[1],
                    title ? ParagraphRole.TITLE : ParagraphRole.BODY, null));
        }
        return paragraphs;
    }

    static boolean looksLikeTitle(String text, int[] span) {
        String candidate = text.substring(span[0], span[1]);
        return candidate.length() <= MAX_TITLE_CHARS
                && candidate.indexOf('\n') < 0
                && SENTENCE_ENDINGS.indexOf(candidate.charAt(candidate.length() - 1)) < 0;
    }

    private static boolean hasBlankLine(String text) {
        List<int[]> lines = lines(text);
        for (int i = 1; i < lines.size(); i++) {
            if (isBlank(text, lines.get(i - 1)[1], lines.get(i)[0], 2)) {
                return true;
            }
        }
        return false;
    }

    /** Non-blank lines, trimmed. */
    private static List<int[]> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                addTrimmed(text, lineStart, i, spans);
                lineStart = i + 1;
            }
        }
        return spans;
    }

    /** Runs of non-blank lines, trimmed. */
    private static List<int[]> blocks(String text) {
        List<int[]> lines = lines(text);
        List<int[]> spans = new ArrayList<>();
        int[] current = null;
        for (int[] line : lines) {
            if (current != null && isBlank(text, current[1], line[0], 2)) {
                spans.add(current);
                current = null;
            }
            current = current == null ? line.clone() : new int[] {current[0], line[1]};
        }
        if (current != null) {
            spans.add(current);
        }
        return spans;
    }

    /** Whether {@code text[from, to)} is white space holding at least {@code newlines} line breaks. */
    private static boolean isBlank(String text, int from, int to, int newlines) {
        int seen = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                return false;
            }
            seen += c == '\n' ? 1 : 0;
        }
        return seen >= newlines;
    }

    private static void addTrimmed(String text, int from, int to, List<int[]> spans) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new int[] {start, end});
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }
}

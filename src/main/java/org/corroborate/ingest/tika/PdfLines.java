package org.corroborate.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF has lines, not paragraphs, and PDFBox's paragraph guess reads indents from the left, so
 * it misses right-to-left paragraphs and headings. Within each block it gives, a line ends a
 * paragraph when it ends a sentence (. ! ? ؟ …, perhaps before a closing quote or bracket) or
 * when the next line is much longer: the last line of a heading or of a paragraph is short,
 * a heading's wrapped lines are short because its type is large, body lines run full width.
 */
final class PdfLines {
    static final double LONGER_NEXT_LINE = 1.5;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\u061F\u2026][\"'\u201D\u2019\u00BB)\\]]*$");

    private PdfLines() {
    }

    static List<ParagraphHandler.Para> paragraphs(List<ParagraphHandler.Para> blocks) {
        List<String> lines = new ArrayList<>();
        List<ParagraphHandler.Para> out = new ArrayList<>();
        for (ParagraphHandler.Para block : blocks) {
            lines.clear();
            for (String line : block.raw().split("\n")) {
                String collapsed = ParagraphHandler.collapse(line);
                if (!collapsed.isEmpty()) {
                    lines.add(collapsed);
                }
            }
            split(lines, block.tag(), out);
        }
        return out;
    }

    private static void split(List<String> lines, String tag, List<ParagraphHandler.Para> out) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            boolean nextMuchLonger = i + 1 < lines.size() && lines.get(i + 1).length() > LONGER_NEXT_LINE * line.length();
            if (i + 1 == lines.size() || nextMuchLonger || SENTENCE_END.matcher(line).matches()) {
                out.add(new ParagraphHandler.Para(paragraph.toString(), tag, paragraph.toString()));
                paragraph.setLength(0);
            }
        }
    }
}

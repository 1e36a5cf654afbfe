package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The plain text of inline content as a browser shows it: runs of white space collapse to one
 * space, a single {@code <br>} is a space, two or more in a row end a paragraph (sites that
 * write paragraphs as {@code text<br><br>text}). Each paragraph remembers where it starts in
 * its source element's text, counted in the original, uncollapsed characters.
 */
final class InlineText {
    /** A paragraph and the offset of its first character in the source element's text. */
    record Part(String text, int offset) {
    }

    private final DomFacts facts;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int raw;
    private int currentStart;
    private boolean pendingSpace;
    private int breaks;

    private InlineText(DomFacts facts, int rawBase) {
        this.facts = facts;
        this.raw = rawBase;
    }

    /** The paragraphs in {@code nodes}, whose text starts at {@code rawBase} in their source element. */
    static List<Part> of(List<Node> nodes, int rawBase, DomFacts facts) {
        InlineText text = new InlineText(facts, rawBase);
        NodeFilter filter = text.filter();
        for (Node node : nodes) {
            NodeTraversor.filter(filter, node);
        }
        text.endParagraph();
        return text.parts;
    }

    private NodeFilter filter() {
        return (node, depth) -> {
            Interrupts.check();
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (Boilerplate.NEVER_TEXT_TAGS.contains(element.normalName())) {
                    raw += facts.textLength(element);
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("br")) {
                    breaks++;
                    pendingSpace = true;
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        };
    }

    private void append(String chars) {
        for (int i = 0; i < chars.length(); i++, raw++) {
            char c = chars.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = true;
                continue;
            }
            if (breaks >= 2) {
                endParagraph();
            }
            if (current.isEmpty()) {
                currentStart = raw;
            } else if (pendingSpace) {
                current.append(' ');
            }
            current.append(c);
            pendingSpace = false;
            breaks = 0;
        }
    }

    private void endParagraph() {
        if (!current.isEmpty()) {
            parts.add(new Part(current.toString(), currentStart));
            current.setLength(0);
        }
        pendingSpace = false;
        breaks = 0;
    }
}

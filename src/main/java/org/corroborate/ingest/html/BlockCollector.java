package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a content root (iteratively) and collects its paragraphs with their source elements:
 * a paragraph-like element without block content ({@code p}, {@code h2}, {@code li}...) gives its
 * text; a container gives the loose inline text between its blocks (sites that put text
 * straight into a {@code div}). Furniture and metadata blocks are skipped with all they hold.
 */
final class BlockCollector {
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "address",
            "td", "th", "caption", "summary", "figcaption");

    /** A paragraph, the element it came from and its offset in that element's text. */
    record SourcedText(String text, Element element, int offset) {
    }

    private final DomFacts facts;
    private final List<SourcedText> found = new ArrayList<>();

    private BlockCollector(DomFacts facts) {
        this.facts = facts;
    }

    static List<SourcedText> collect(Element root, DomFacts facts) {
        BlockCollector collector = new BlockCollector(facts);
        NodeTraversor.filter(collector.filter(), root);
        return collector.found;
    }

    private NodeFilter filter() {
        return (node, depth) -> {
            Interrupts.check();
            if (!(node instanceof Element element)) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY; // loose text is taken with its container
            }
            if (Boilerplate.isSkipped(element)) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            boolean container = DomFacts.isBlock(element) || facts.holdsBlocks(element);
            if (PARAGRAPH_TAGS.contains(element.normalName()) && !facts.holdsBlocks(element)) {
                add(element, InlineText.of(List.of(element), 0, facts));
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (!container) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY; // inline: its parent took its text
            }
            collectLooseText(element);
            return NodeFilter.FilterResult.CONTINUE;
        };
    }

    /** Runs of text and inline elements between the blocks of a container. */
    private void collectLooseText(Element container) {
        List<Node> run = new ArrayList<>();
        int offset = 0;
        int runStart = 0;
        for (Node child : container.childNodes()) {
            if (isInline(child)) {
                if (run.isEmpty()) {
                    runStart = offset;
                }
                run.add(child);
            } else {
                flush(container, run, runStart);
            }
            offset += facts.textLength(child);
        }
        flush(container, run, runStart);
    }

    private boolean isInline(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        return node instanceof Element element && !DomFacts.isBlock(element) && !facts.holdsBlocks(element)
                && !Boilerplate.isSkipped(element);
    }

    private void flush(Element container, List<Node> run, int runStart) {
        if (!run.isEmpty() && run.stream().anyMatch(BlockCollector::hasText)) {
            add(container, InlineText.of(List.copyOf(run), runStart, facts));
        }
        run.clear();
    }

    private static boolean hasText(Node node) {
        return node instanceof TextNode text ? !text.isBlank() : node instanceof Element e && e.hasText();
    }

    private void add(Element element, List<InlineText.Part> parts) {
        for (InlineText.Part part : parts) {
            found.add(new SourcedText(part.text(), element, part.offset()));
        }
    }
}

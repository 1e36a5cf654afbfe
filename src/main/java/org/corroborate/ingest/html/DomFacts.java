package org.corroborate.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Facts about every element, gathered in one iterative pass (no recursion, so 100,000 nested
 * elements cost time, not stack): whether it holds block-level content, and the length of its
 * text (its text nodes, as DOM {@code textContent} counts them without script and style).
 */
final class DomFacts {
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");

    private final Map<Element, Boolean> holdsBlocks = new IdentityHashMap<>();
    private final Map<Element, Integer> textLengths = new IdentityHashMap<>();

    private DomFacts() {
    }

    static DomFacts of(Element root) {
        DomFacts facts = new DomFacts();
        NodeTraversor.traverse(facts.visitor(), root);
        return facts;
    }

    private NodeVisitor visitor() {
        return new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                Interrupts.check();
            }

            @Override
            public void tail(Node node, int depth) {
                if (node.parent() instanceof Element parent) {
                    int length = node instanceof TextNode text ? text.getWholeText().length()
                            : node instanceof Element element ? textLength(element) : 0;
                    textLengths.merge(parent, length, Integer::sum);
                    if (node instanceof Element element && (isBlock(element) || holdsBlocks(element))) {
                        holdsBlocks.put(parent, Boolean.TRUE);
                    }
                }
            }
        };
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    boolean holdsBlocks(Element element) {
        return holdsBlocks.containsKey(element);
    }

    int textLength(Element element) {
        return textLengths.getOrDefault(element, 0);
    }

    int textLength(Node node) {
        if (node instanceof TextNode text) {
            return text.getWholeText().length();
        }
        return node instanceof Element element ? textLength(element) : 0;
    }
}

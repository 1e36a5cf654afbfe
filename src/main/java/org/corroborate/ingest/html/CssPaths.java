package org.corroborate.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * CSS paths that select one element of the original page, e.g.
 * {@code #story > div:nth-child(2) > p:nth-child(3)}: from the nearest ancestor with a unique,
 * plain id (else from {@code html}), one {@code tag:nth-child(n)} step per level. Sibling
 * indices are computed once per parent, so a page of 100,000 paragraphs costs linear time.
 */
final class CssPaths {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final Map<String, Integer> idCounts = new HashMap<>();
    private final Map<Element, Integer> siblingNumbers = new IdentityHashMap<>();

    CssPaths(Document document) {
        for (Element element : document.getAllElements()) {
            if (!element.id().isEmpty()) {
                idCounts.merge(element.id(), 1, Integer::sum);
            }
        }
    }

    String of(Element element) {
        Deque<String> steps = new ArrayDeque<>();
        for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
            if (hasUniquePlainId(e)) {
                steps.addFirst("#" + e.id());
                break;
            }
            steps.addFirst(e.parent() == null || e.parent() instanceof Document
                    ? e.normalName() : e.normalName() + ":nth-child(" + siblingNumber(e) + ")");
        }
        return String.join(" > ", steps);
    }

    private boolean hasUniquePlainId(Element element) {
        String id = element.id();
        return !id.isEmpty() && idCounts.getOrDefault(id, 0) == 1 && PLAIN_ID.matcher(id).matches();
    }

    private int siblingNumber(Element element) {
        Integer known = siblingNumbers.get(element);
        if (known == null) {
            int n = 1;
            for (Element sibling : element.parent().children()) {
                siblingNumbers.put(sibling, n++);
            }
            known = siblingNumbers.get(element);
        }
        return known;
    }
}

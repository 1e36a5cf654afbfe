package org.corroborate.ingest.html;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where the article is on a page: its headline, its standfirst, and the content root whose
 * paragraphs are the body.
 */
record ArticleLayout(Element headline, Element standfirst, Element root) {
    private static final Set<String> STANDFIRST_WORDS = Set.of(
            "standfirst", "dek", "deck", "summary", "lede", "lead", "subtitle", "subheadline", "subhead",
            "strapline", "excerpt", "intro", "teaser", "abstract", "description");
    private static final Set<String> STANDFIRST_ITEMPROPS = Set.of("description", "alternativeheadline", "abstract");
    private static final int MAX_STANDFIRST_CHARS = 600;

    static ArticleLayout of(Document doc) {
        Element root = contentRoot(doc);
        Element headline = headline(doc, root);
        return new ArticleLayout(headline, standfirst(doc, headline), root);
    }

    /** The article element holding the most text, else the article body, else main, else body. */
    private static Element contentRoot(Document doc) {
        Element best = null;
        for (Element article : doc.select("article")) {
            if (!Boilerplate.inFurniture(article) && (best == null || article.text().length() > best.text().length())) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element fallback = doc.selectFirst("[itemprop=articleBody], main, [role=main]");
        return fallback != null ? fallback : doc.body();
    }

    /** The first {@code h1} in the root, else on the page outside furniture (a site header aside). */
    private static Element headline(Document doc, Element root) {
        Element inRoot = firstWithText(root.select("h1"));
        if (inRoot != null) {
            return inRoot;
        }
        for (Element h1 : doc.select("h1")) {
            if (h1.hasText() && !inFurnitureBesidesHeader(h1)) {
                return h1;
            }
        }
        return null;
    }

    private static boolean inFurnitureBesidesHeader(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (Boilerplate.isFurniture(e) && !e.normalName().equals("header")) {
                return true;
            }
        }
        return false;
    }

    private static Element standfirst(Document doc, Element headline) {
        for (Element candidate : doc.body().getAllElements()) {
            if (isStandfirst(candidate, headline)) {
                return candidate;
            }
        }
        return headline == null ? null : subtitleAfter(headline);
    }

    private static boolean isStandfirst(Element element, Element headline) {
        boolean named = HtmlWords.any(element, STANDFIRST_WORDS)
                || HtmlWords.attributeIn(element, "itemprop", STANDFIRST_ITEMPROPS);
        if (!named || element.normalName().equals("meta") || !element.hasText()) {
            return false;
        }
        boolean sizedLikeOne = element.text().length() <= MAX_STANDFIRST_CHARS;
        boolean apartFromHeadline = headline == null || !element.equals(headline) && !contains(element, headline);
        return sizedLikeOne && apartFromHeadline && !Boilerplate.inFurniture(element);
    }

    /** An {@code h2} right after the headline, or a {@code p} beside it in the article's header. */
    private static Element subtitleAfter(Element headline) {
        Element next = headline.nextElementSibling();
        while (next != null && !next.hasText()) {
            next = next.nextElementSibling();
        }
        if (next == null || Boilerplate.isSkipped(next)) {
            return null;
        }
        boolean inHeader = headline.parent() != null
                && Set.of("header", "hgroup").contains(headline.parent().normalName());
        return next.normalName().equals("h2") || next.normalName().equals("p") && inHeader ? next : null;
    }

    static boolean contains(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Element firstWithText(Elements elements) {
        for (Element element : elements) {
            if (element.hasText() && !Boilerplate.inFurniture(element)) {
                return element;
            }
        }
        return null;
    }
}

package org.corroborate.ingest.html;

import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * What is not the article on a news page: navigation, scripts, ads, share bars, "related
 * articles", comments, newsletter boxes, cookie banners; and the metadata blocks (byline, date
 * line) that are read as metadata, not as paragraphs.
 */
final class Boilerplate {
    /** Never article text, whatever their class. */
    static final Set<String> NEVER_TEXT_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "select",
            "input", "textarea", "object", "embed", "video", "audio", "canvas", "map", "dialog", "head");
    private static final Set<String> PAGE_FURNITURE_TAGS = Set.of(
            "nav", "aside", "form", "figure", "footer", "menu");
    /** Containers the class heuristics never remove: a body class such as "nav-open" is not a nav. */
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "main", "article");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alert", "toolbar");
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "share", "sharing", "social", "related", "comment", "comments", "advert", "advertisement",
            "ad", "ads", "adv", "promo", "promotion", "newsletter", "subscribe", "subscription",
            "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "nav", "navbar", "navigation",
            "menu", "sidebar", "footer", "widget", "outbrain", "taboola", "trending", "recommended",
            "recommendations", "popular", "sponsored", "masthead", "banner", "signup", "paywall",
            "tags", "toolbar", "disqus", "caption", "credit", "skip");
    private static final Set<String> METADATA_WORDS = Set.of(
            "byline", "author", "authors", "date", "timestamp", "published", "updated", "time",
            "dateline", "pubdate");
    private static final Set<String> METADATA_ITEMPROPS = Set.of(
            "author", "datepublished", "datemodified", "publisher");

    private Boilerplate() {
    }

    /** Page furniture or a metadata block: not a source of paragraphs. */
    static boolean isSkipped(Element element) {
        return isFurniture(element) || isMetadataBlock(element);
    }

    static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT_TAGS.contains(tag) || PAGE_FURNITURE_TAGS.contains(tag) || isHidden(element)) {
            return true;
        }
        if (tag.equals("header") && element.closest("article, main") == null) {
            return true; // the site's header; an article's own header holds its headline
        }
        if (PROTECTED_TAGS.contains(tag) || element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody")) {
            return false;
        }
        return HtmlWords.attributeIn(element, "role", FURNITURE_ROLES) || HtmlWords.any(element, FURNITURE_WORDS);
    }

    static boolean isMetadataBlock(Element element) {
        if (PROTECTED_TAGS.contains(element.normalName())) {
            return false;
        }
        return HtmlWords.any(element, METADATA_WORDS) || "author".equals(element.attr("rel"))
                || HtmlWords.attributeIn(element, "itemprop", METADATA_ITEMPROPS);
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || element.attr("style").replace(" ", "").contains("display:none");
    }

    /** Whether the element or one of its ancestors is furniture. */
    static boolean inFurniture(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isFurniture(e)) {
                return true;
            }
        }
        return false;
    }
}

package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: canonical URL, outlet, title, byline and
 * publication date, from Open Graph / article meta tags, JSON-LD, microdata and {@code <time>}.
 */
record PageMetadata(String url, String sourceName, String title, String byline, List<String> dateCandidates) {

    /** Meta tags that carry the publication date, in the order we trust them. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.issued]", "meta[name=dcterms.created]",
            "meta[name=date]", "meta[name=DC.date]", "meta[name=dc.date]");

    static PageMetadata read(Document doc) {
        JsonLd jsonLd = JsonLd.read(doc);
        String url = first(absolute(doc.selectFirst("link[rel=canonical][href]")),
                meta(doc, "meta[property=og:url]"), jsonLd.url());
        String source = first(meta(doc, "meta[property=og:site_name]"), jsonLd.publisherName(),
                meta(doc, "meta[name=application-name]"));
        String title = first(meta(doc, "meta[property=og:title]"), jsonLd.headline(), doc.title());
        String byline = first(bylineElement(doc), meta(doc, "meta[name=author]"), jsonLd.authors());
        return new PageMetadata(url, source, title, byline, dates(doc, jsonLd));
    }

    private static List<String> dates(Document doc, JsonLd jsonLd) {
        List<String> dates = new ArrayList<>();
        for (String query : DATE_META) {
            add(dates, meta(doc, query));
            if (query.contains("og:published_time")) {
                add(dates, jsonLd.datePublished()); // after the article: tags, before the rest
            }
        }
        for (Element time : doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]")) {
            if (!Boilerplate.inFurniture(time)) {
                add(dates, time.attr("datetime"));
            }
        }
        return dates;
    }

    private static String bylineElement(Document doc) {
        for (Element element : doc.select("[class~=(?i)byline], [itemprop=author], [rel=author], [class~=(?i)author]")) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() <= 120 && !Boilerplate.inFurniture(element)) {
                return text;
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        Element meta = doc.selectFirst(query);
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return blankToNull(abs.isEmpty() && link.attr("href").startsWith("http") ? link.attr("href") : abs);
    }

    private static void add(List<String> dates, String date) {
        if (date != null && !date.isBlank()) {
            dates.add(date.strip());
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.corroborate.verify;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.Span;

/**
 * The check report as one self-contained HTML page (no scripts, no outside resources); every
 * piece of article or report text is escaped, and snippet marks become {@code <mark>}.
 */
public final class CheckReportHtml {
    private CheckReportHtml() {
    }

    public static String write(CheckReport report) {
        CheckedArticle a = report.article();
        boolean ar = a.lang() == Language.AR;
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(a.lang()).append("\" dir=\"").append(ar ? "rtl" : "ltr")
                .append("\">\n<head><meta charset=\"utf-8\"><title>Corroborate: ").append(escape(a.id()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:auto}"
                        + ".contradicted{border-inline-start:4px solid #b00}.corroborated{border-inline-start:4px solid #080}"
                        + ".unverified{border-inline-start:4px solid #999}section{padding:0 1em;margin:1em 0}"
                        + ".flag{color:#b00}</style></head>\n<body>\n");
        out.append("<h1>").append(escape(a.title() != null ? a.title() : a.id())).append("</h1>\n");
        out.append("<p>").append(escape(CheckReportText.write(report).lines().skip(1).findFirst().orElse("")))
                .append("</p>\n");
        for (ClaimCheck check : CheckReportText.ordered(report.claims())) {
            claim(out, check, a.text());
        }
        out.append("<h2>").append(ar ? "نص المقال" : "Article text").append("</h2>\n<p style=\"white-space:pre-wrap\">")
                .append(marked(a.text(), report.claims().stream().map(c -> c.claim().span()).toList())).append("</p>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    private static void claim(StringBuilder out, ClaimCheck check, String text) {
        out.append("<section class=\"").append(check.verdict().wire()).append("\">\n<h2>")
                .append(escape(check.claim().id())).append(": ").append(escape(check.verdict().wire())).append("</h2>\n")
                .append("<blockquote>").append(escape(check.claim().span().of(text))).append("</blockquote>\n");
        for (Flag flag : check.flags()) {
            out.append("<p class=\"flag\"><strong>").append(escape(flag.kind().wire())).append("</strong> ")
                    .append(escape(flag.message())).append("</p>\n");
        }
        if (!check.evidence().isEmpty()) {
            out.append("<ul>\n");
            for (Evidence e : check.evidence()) {
                out.append("<li>").append(e.agrees() ? "&#10003; " : "&#10007; ").append(link(e)).append(": ")
                        .append(marked(e.snippet(), e.marks())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static String link(Evidence e) {
        String label = escape((e.source() == null ? e.reportId() : e.source()) + " (" + e.published() + ")");
        return e.url() == null || !e.url().matches("https?://\\S+") ? label
                : "<a href=\"" + escape(e.url()) + "\">" + label + "</a>";
    }

    static String marked(String snippet, List<Span> marks) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span m : marks.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList()) {
            if (m.start() < at) {
                continue;
            }
            out.append(escape(snippet.substring(at, m.start()))).append("<mark>")
                    .append(escape(m.of(snippet))).append("</mark>");
            at = m.end();
        }
        return out.append(escape(snippet.substring(at))).toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

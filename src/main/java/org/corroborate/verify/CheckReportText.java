package org.corroborate.verify;

import java.util.Comparator;
import java.util.List;

import org.corroborate.api.Language;

/**
 * The check report for a night editor: a summary line, then one block per claim — contradicted
 * claims first, each block with its flags first — in the article's language.
 */
public final class CheckReportText {
    private CheckReportText() {
    }

    public static String write(CheckReport report) {
        Labels l = Labels.of(report.article().lang());
        StringBuilder out = new StringBuilder();
        CheckedArticle a = report.article();
        out.append(l.article).append(a.id()).append(" (").append(a.lang()).append(", ")
                .append(a.published() == null ? l.noDate : a.published()).append(")\n");
        Summary s = report.summary();
        out.append(String.format(l.summary, s.claims(), s.corroborated(), s.contradicted(), s.unverified(), s.flags()))
                .append("\n");
        for (ClaimCheck check : ordered(report.claims())) {
            out.append("\n");
            block(out, check, a.text(), l);
        }
        return out.toString();
    }

    static List<ClaimCheck> ordered(List<ClaimCheck> claims) {
        return claims.stream().sorted(Comparator.comparing((ClaimCheck c) -> c.verdict() != Verdict.CONTRADICTED)
                .thenComparing(c -> c.claim().span().start())).toList();
    }

    private static void block(StringBuilder out, ClaimCheck check, String text, Labels l) {
        out.append('[').append(check.claim().id()).append("] ").append(l.verdict(check.verdict())).append(": ")
                .append(oneLine(check.claim().span().of(text))).append('\n');
        for (Flag flag : check.flags()) {
            out.append("  ! ").append(flag.kind().wire()).append(" (").append(flag.severity().wire()).append("): ")
                    .append(flag.message()).append('\n');
        }
        if (!check.evidence().isEmpty()) {
            out.append("  ").append(String.format(l.sources, check.agreeCount(), check.disagreeCount())).append('\n');
        }
        for (Evidence e : check.evidence()) {
            out.append("  ").append(e.agrees() ? "+ " : e.later() ? "> " : "- ").append(e.reportId()).append(' ')
                    .append(e.source() == null ? "" : e.source()).append(" (").append(e.published()).append(", ")
                    .append(e.lang()).append(")");
            if (e.says() != null) {
                out.append(": ").append(e.says());
            }
            out.append('\n');
        }
        for (TimelineEntry t : check.timeline()) {
            out.append("  ").append(l.timeline).append(t.published()).append(": ")
                    .append(new Messages(l.lang).describe(t.count())).append(" (").append(t.reportId()).append(")\n");
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private record Labels(Language lang, String article, String noDate, String summary, String sources,
                          String timeline, List<String> verdicts) {
        static Labels of(Language lang) {
            if (lang == Language.AR) {
                return new Labels(lang, "المقال ", "تاريخ النشر غير معروف",
                        "الادعاءات: %d (مؤكدة: %d، متناقضة: %d، غير متحقق منها: %d)؛ التنبيهات: %d",
                        "المصادر المستقلة: توافق %d، تخالف %d", "تحديث لاحق ",
                        List.of("مؤكَّد", "متناقض", "غير متحقق منه"));
            }
            return new Labels(lang, "Article ", "publication date unknown",
                    "%d claims: %d corroborated, %d contradicted, %d unverified; %d flags",
                    "independent sources: %d agree, %d disagree", "later update ",
                    List.of("CORROBORATED", "CONTRADICTED", "UNVERIFIED"));
        }

        String verdict(Verdict v) {
            return verdicts.get(v.ordinal());
        }
    }
}

package org.corroborate.cli;

import java.io.PrintWriter;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.Extraction;

/** The claims of an article as a night editor reads them: one short block per claim. */
final class ExtractionText {
    private ExtractionText() {
    }

    static void print(Extraction.Result result, PrintWriter out) {
        var article = result.article();
        int n = result.claims().size();
        out.printf("%s (%s, published %s): %d %s%n", article.title() == null ? article.id() : article.title(),
                article.lang(), article.published() == null ? "unknown" : article.published(), n, n == 1 ? "claim" : "claims");
        for (Claim claim : result.claims()) {
            out.println();
            out.println(claim.id() + "  " + headline(claim) + (claim.inTitle() ? "  [title]" : ""));
            out.println("    \u00AB" + claim.text().strip() + "\u00BB");
        }
    }

    static String headline(Claim claim) {
        return switch (claim) {
            case CountClaim c -> c.action().wire() + ": " + count(c.count()) + " " + c.subject().category().wire()
                    + (c.subject().nationality() != null ? " (" + c.subject().nationality() + ")" : "")
                    + (c.location() != null ? " in " + c.location().text() : "")
                    + date(c.date())
                    + (c.partOf() != null ? ", part of " + c.partOf() : "");
            case QuoteClaim q -> "quote" + (q.direct() ? "" : " (reported)") + (q.sourcing() ? " (a count's sourcing)" : "") + " by " + q.speaker().text()
                    + date(q.date()) + ": \u201C" + q.quote() + "\u201D";
            case DateClaim d -> "date " + range(d.date())
                    + (d.event() != null && d.event().kind() != CountClaim.EventKind.OTHER ? " (" + d.event().kind().wire() + ")" : "")
                    + (d.scheduled() ? ", scheduled" : "") + (d.inStatement() ? ", in statement " + d.statement() : "");
        };
    }

    private static String count(CountClaim.Count c) {
        if (c.value() != null) {
            return (c.approximate() ? "about " : "") + c.value() + (c.max() != null ? " (at most)" : "");
        }
        if (c.min() != null && c.max() != null) {
            return c.min() + "-" + c.max() + (c.approximate() ? " (vague)" : "");
        }
        return c.min() != null ? "at least " + c.min() : "up to " + c.max();
    }

    private static String date(ClaimDate d) {
        if (d == null) {
            return "";
        }
        return ", " + (d.role() == ClaimDate.Role.ANNOUNCED ? "announced " : "") + range(d);
    }

    private static String range(ClaimDate d) {
        return d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end();
    }
}

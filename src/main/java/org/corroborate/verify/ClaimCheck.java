package org.corroborate.verify;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.corroborate.api.Claim;

/**
 * One claim of the article, checked: its verdict, the reports weighed, the flags raised, and the
 * later updates of its toll. Counts are of independent sources (one per outlet).
 */
public record ClaimCheck(Claim claim, Verdict verdict, List<Evidence> evidence, int agreeCount, int disagreeCount,
                         List<Flag> flags, List<TimelineEntry> timeline) {
    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        flags = List.copyOf(flags);
        timeline = timeline.stream().sorted(Comparator.comparing(TimelineEntry::published)).toList();
        if (agreeCount < 0 || disagreeCount < 0) {
            throw new IllegalArgumentException("negative source counts");
        }
        if (verdict == Verdict.CONTRADICTED != !flags.isEmpty()) {
            throw new IllegalArgumentException("a claim is contradicted exactly when it has flags");
        }
        if (flags.stream().map(Flag::kind).distinct().count() != flags.size()) {
            throw new IllegalArgumentException("one flag per claim and kind");
        }
    }

    static ClaimCheck unverified(Claim claim) {
        return new ClaimCheck(claim, Verdict.UNVERIFIED, List.of(), 0, 0, List.of(), List.of());
    }
}

package org.corroborate.verify;

import java.util.List;

/** The top-level tally of a check report (CONTRACT.md "Check report"). */
public record Summary(int claims, int corroborated, int contradicted, int unverified, int flags) {
    public Summary {
        if (corroborated + contradicted + unverified != claims || flags < contradicted) {
            throw new IllegalArgumentException("inconsistent summary");
        }
    }

    public static Summary of(List<ClaimCheck> checks) {
        return new Summary(checks.size(), count(checks, Verdict.CORROBORATED), count(checks, Verdict.CONTRADICTED),
                count(checks, Verdict.UNVERIFIED), checks.stream().mapToInt(c -> c.flags().size()).sum());
    }

    private static int count(List<ClaimCheck> checks, Verdict verdict) {
        return (int) checks.stream().filter(c -> c.verdict() == verdict).count();
    }
}

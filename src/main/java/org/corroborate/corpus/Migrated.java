package org.corroborate.corpus;

/**
 * What a migration to a new mapping version did: the index read ({@code from}), the one written
 * ({@code to}), the reports copied into it, and whether the alias moved (only when every report
 * was copied).
 */
public record Migrated(String from, String to, IndexSummary copied, boolean aliasMoved) {

    /** {@code migrated 14 reports from x-reports-v2 to x-reports-v3 (claims extracted anew), 0 failed}. */
    public String describe() {
        return "migrated " + copied.indexed() + (copied.indexed() == 1 ? " report" : " reports") + " from " + from + " to "
                + to + " (claims extracted anew), " + copied.failed() + " failed, " + copied.skipped() + " skipped";
    }
}

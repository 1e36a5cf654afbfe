package org.corroborate.corpus;

/**
 * What an index run did. {@code indexed} counts every report written, {@code replaced} those of
 * them that replaced a report with the same id; {@code unanswered} counts failures because a
 * bulk request got no answer (Elasticsearch went away), a subset of {@code failed};
 * {@code stoppedAt} is where reading stopped because of that ({@code null}: everything was read).
 */
public record IndexSummary(String alias, long indexed, long replaced, long failed, long skipped, long unanswered,
                           Origin stoppedAt) {

    public long added() {
        return indexed - replaced;
    }

    /** Some bulk request got no answer: Elasticsearch went away during the run. */
    public boolean elasticsearchLost() {
        return unanswered > 0;
    }

    /** {@code indexed 12 reports into corroborate-reports (9 new, 3 replaced), 1 failed, 0 skipped}. */
    public String describe() {
        return "indexed " + indexed + (indexed == 1 ? " report" : " reports") + " into " + alias + " (" + added()
                + " new, " + replaced + " replaced), " + failed + " failed, " + skipped + " skipped";
    }
}

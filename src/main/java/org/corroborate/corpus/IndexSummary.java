package org.corroborate.corpus;

/**
 * What an index run did. {@code indexed} counts every report written, {@code replaced} those of
 * them that replaced a report with the same id; {@code unanswered} counts failures because a
 * bulk request got no answer (Elasticsearch went away), a subset of {@code failed}.
 */
public record IndexSummary(String alias, long indexed, long replaced, long failed, long skipped, long unanswered) {

    public long added() {
        return indexed - replaced;
    }

    /** Nothing written and every failure a lost request: Elasticsearch, not the input, is the problem. */
    public boolean elasticsearchLost() {
        return indexed == 0 && unanswered > 0 && unanswered == failed;
    }

    /** {@code indexed 12 reports into corroborate-reports (9 new, 3 replaced), 1 failed, 0 skipped}. */
    public String describe() {
        return "indexed " + indexed + (indexed == 1 ? " report" : " reports") + " into " + alias + " (" + added()
                + " new, " + replaced + " replaced), " + failed + " failed, " + skipped + " skipped";
    }
}

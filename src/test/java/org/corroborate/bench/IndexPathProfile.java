package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.cli.Checker;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.ClaimSlots;
import org.corroborate.corpus.Loaded;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.Report;
import org.corroborate.corpus.ReportDocument;
import org.corroborate.corpus.ReportSources;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;


/**
 * The per-report work of {@code index} without Elasticsearch (issue 6), on one thread, to profile:
 * claim extraction, the document's slots, its JSON. Run under JFR:
 * <pre>java -XX:StartFlightRecording=filename=index.jfr ... org.corroborate.bench.IndexPathProfile [reports] [seconds]</pre>
 */
public final class IndexPathProfile {
    private IndexPathProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory("corroborate-profile-");
        Path feed = dir.resolve("reports.jsonl");
        CorpusBench.generate(feed, n);
        List<Report> reports = new ArrayList<>();
        new ReportSources(new ArticleDocumentReader()).read(List.of(feed), l -> {
            if (l instanceof Loaded.Read r) {
                reports.add(r.report());
            }
        });
        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        ClaimExtractor extractor = new ClaimExtractor(packs);
        ClaimSlots slots = new ClaimSlots(Checker.places(extractor.gazetteer()));
        Origin origin = new Origin(feed, 1);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long done = 0;
        long extractNanos = 0;
        long docNanos = 0;
        while (System.nanoTime() < end) {
            for (Report r : reports) {
                long t0 = System.nanoTime();
                List<Claim> claims = extractor.extract(r.text(), r.lang(), r.published());
                long t1 = System.nanoTime();
                ReportDocument.json(r, claims, slots, origin, Instant.now());
                long t2 = System.nanoTime();
                extractNanos += t1 - t0;
                docNanos += t2 - t1;
                done++;
            }
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf("%,d reports in %d s on one thread: %,.0f reports/s; extraction %.0f µs, document %.0f µs a report"
                        + " (wall clock); %.0f µs of thread CPU a report in all, which load barely moves%n",
                done, seconds, done / (double) seconds, extractNanos / 1e3 / done, docNanos / 1e3 / done, cpu / 1e3 / done);
    }
}

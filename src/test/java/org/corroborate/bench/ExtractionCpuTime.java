package org.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;

/**
 * Full claim extraction over the {@link ExtractionBenchmark} articles, measured in this thread's
 * CPU time rather than wall-clock time, so that other work on shared cores barely moves the
 * figure. Warms up, then reports MB/s per core (UTF-8 bytes per CPU second), best and median of
 * several rounds. Run after {@code bin/bench} has built the class path:
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *     org.corroborate.bench.ExtractionCpuTime [rounds] [reps per round] [ar,en]</pre>
 */
public final class ExtractionCpuTime {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ClaimExtractor extractor = new ClaimExtractor(BenchArticles.packs());
        String[] codes = args.length > 2 ? args[2].split(",") : new String[] {"ar", "en"};
        for (String code : codes) {
            Language language = Language.fromCode(code);
            String text = BenchArticles.article(language);
            int bytes = BenchArticles.utf8Length(text);
            for (int i = 0; i < 5 * reps; i++) {
                extractor.extract(text, language, PUBLISHED); // warm-up
            }
            double[] mbPerS = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                mbPerS[r] = round(extractor, text, language, bytes, reps);
            }
            java.util.Arrays.sort(mbPerS);
            System.out.printf("%s: %d bytes, %d claims, thread CPU MB/s best %.2f median %.2f%n", language.code(), bytes,
                    extractor.extract(text, language, PUBLISHED).size(), mbPerS[rounds - 1], mbPerS[rounds / 2]);
        }
    }

    private static double round(ClaimExtractor extractor, String text, Language language, int bytes, int reps) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            extractor.extract(text, language, PUBLISHED);
        }
        long nanos = threads.getCurrentThreadCpuTime() - start;
        return (double) bytes * reps / nanos * 1e9 / (1 << 20); // MB as in ReadBytes
    }
}

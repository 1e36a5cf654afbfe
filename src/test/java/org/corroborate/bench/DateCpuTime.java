package org.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.extract.date.DateRecognizer;

/**
 * Date recognition alone over the benchmark articles, in this thread's CPU time, as
 * {@link ExtractionCpuTime} measures full extraction: a quicker and steadier signal for a change
 * to the date pass than the whole of extraction, on a machine other work shares. Reports MB/s per
 * core, best and median of several rounds.
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *     org.corroborate.bench.DateCpuTime [rounds] [reps per round] [ar,en]</pre>
 */
public final class DateCpuTime {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    private DateCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String[] codes = args.length > 2 ? args[2].split(",") : new String[] {"ar", "en"};
        for (String code : codes) {
            Language language = Language.fromCode(code);
            DateRecognizer dates = DateRecognizer.of(BenchArticles.packs(), language);
            String text = BenchArticles.article(language);
            int bytes = BenchArticles.utf8Length(text);
            for (int i = 0; i < 5 * reps; i++) {
                dates.find(text, PUBLISHED); // warm-up
            }
            double[] mbPerS = new double[rounds];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int r = 0; r < rounds; r++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < reps; i++) {
                    dates.find(text, PUBLISHED);
                }
                long nanos = threads.getCurrentThreadCpuTime() - start;
                mbPerS[r] = (double) bytes * reps / nanos * 1e9 / (1 << 20);
            }
            java.util.Arrays.sort(mbPerS);
            System.out.printf("%s dates: %d bytes, %d dates, thread CPU MB/s best %.2f median %.2f%n", language.code(),
                    bytes, dates.find(text, PUBLISHED).size(), mbPerS[rounds - 1], mbPerS[rounds / 2]);
        }
    }
}

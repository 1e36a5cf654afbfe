package org.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.count.CountClaimFinder;
import org.corroborate.extract.date.DateRecognizer;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.extract.quote.QuoteFinder;
import org.corroborate.rules.RulePacks;
import org.corroborate.text.SentenceTokens;

/**
 * Where full extraction of the {@link BenchArticles} articles spends its time, by pipeline stage: each stage run
 * alone on the article (its inputs made once), in this thread's CPU time, stages interleaved round by round so that
 * other work on shared cores moves them alike. Prints the median microseconds a call per stage and its share of a
 * full extraction (the stages do not sum to it: the date claims, quote dating and numbering run only inside it).
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.corroborate.bench.StageTimes \
 *     [rounds=15] [reps=100] [ar,en]</pre>
 */
public final class StageTimes {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    private StageTimes() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String[] codes = args.length > 2 ? args[2].split(",") : new String[] {"ar", "en"};
        RulePacks packs = BenchArticles.packs();
        ClaimExtractor extractor = new ClaimExtractor(packs);
        for (String code : codes) {
            Language language = Language.fromCode(code);
            String text = BenchArticles.article(language);
            NumberRecognizer numbers = NumberRecognizer.of(packs, language);
            DateRecognizer dates = DateRecognizer.of(packs, language);
            CountClaimFinder counts = CountClaimFinder.of(packs, language, extractor.gazetteer());
            QuoteFinder quotes = QuoteFinder.of(packs, language);
            List<Mention> found = numbers.find(text);
            List<DateMention> dated = dates.find(text, PUBLISHED);
            SentenceTokens words = CountClaimFinder.sentences(text);
            Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
            stages.put("full extraction", () -> extractor.extract(text, language, PUBLISHED));
            stages.put("numbers", () -> numbers.find(text));
            stages.put("dates", () -> dates.find(text, PUBLISHED));
            stages.put("sentence tokens", () -> CountClaimFinder.sentences(text));
            stages.put("gazetteer", () -> extractor.gazetteer().findAll(text, language));
            stages.put("counts (with gazetteer)", () -> counts.find(text, found, dated, words));
            stages.put("quotes", () -> quotes.find(words));
            Map<String, List<Double>> micros = new LinkedHashMap<>();
            stages.keySet().forEach(k -> micros.put(k, new ArrayList<>()));
            for (int r = -3; r < rounds; r++) {
                for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
                    double us = time(stage.getValue(), reps);
                    if (r >= 0) {
                        micros.get(stage.getKey()).add(us);
                    }
                }
            }
            double full = median(micros.get("full extraction"));
            System.out.printf("%s (%d chars):%n", code, text.length());
            micros.forEach((k, v) -> System.out.printf("  %-26s %8.1f us  %5.1f%%%n", k, median(v), 100 * median(v) / full));
        }
    }

    private static double time(Supplier<Object> stage, int reps) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Object sink = null;
        for (int i = 0; i < reps; i++) {
            sink = stage.get();
        }
        long nanos = threads.getCurrentThreadCpuTime() - start;
        if (sink == null) {
            throw new IllegalStateException();
        }
        return nanos / 1e3 / reps;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package org.corroborate.bench;

import java.io.IOException;
import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.number.NumberRecognizer;

/**
 * What one stage (the number pass) costs on the {@link BenchArticles} article run alone again and again, right after a
 * full extraction, right after 700 KB of fresh garbage (an extraction's allocation), and right after a sweep over 8 MB
 * of memory (every data cache emptied of the stage's tables), in microseconds a call (wall clock, so run it on a quiet
 * core or read several rounds). In session 24 the stage cost 2.5 to 4 times as much after an extraction as alone, and
 * neither the garbage nor the sweep came near that: what an extraction leaves behind is mostly the stage's machine code
 * and branch history pushed out (about 2.8 MB of compiled code), not its data.
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.corroborate.bench.ColdStage ar</pre>
 */
public final class ColdStage {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);
    private static final int CALLS = 300;
    private static volatile Object sink;

    private ColdStage() {
    }

    public static void main(String[] args) throws IOException {
        Language language = Language.fromCode(args.length > 0 ? args[0] : "ar");
        var packs = BenchArticles.packs();
        ClaimExtractor extractor = new ClaimExtractor(packs);
        NumberRecognizer numbers = NumberRecognizer.of(packs, language);
        String text = BenchArticles.article(language);
        byte[] big = new byte[8 << 20];
        for (int i = 0; i < 1500; i++) {
            extractor.extract(text, language, PUBLISHED);
            numbers.find(text);
        }
        for (int round = 0; round < 4; round++) {
            long afterExtraction = 0;
            long alone = 0;
            long afterGarbage = 0;
            long afterSweep = 0;
            for (int i = 0; i < CALLS; i++) {
                extractor.extract(text, language, PUBLISHED);
                afterExtraction += timed(numbers, text);
            }
            for (int i = 0; i < CALLS; i++) {
                alone += timed(numbers, text);
            }
            for (int i = 0; i < CALLS; i++) {
                for (int k = 0; k < 700; k++) {
                    sink = new byte[1000];
                }
                afterGarbage += timed(numbers, text);
            }
            for (int i = 0; i < CALLS; i++) {
                int sum = 0;
                for (int k = 0; k < big.length; k += 64) {
                    sum += big[k]++;
                }
                sink = sum;
                afterSweep += timed(numbers, text);
            }
            System.out.printf("%s number pass: after an extraction %.0f us, alone %.0f, after 700 KB of garbage %.0f, "
                    + "after an 8 MB sweep %.0f%n", language.code(), afterExtraction / (CALLS * 1e3), alone / (CALLS * 1e3),
                    afterGarbage / (CALLS * 1e3), afterSweep / (CALLS * 1e3));
        }
    }

    private static long timed(NumberRecognizer numbers, String text) {
        long start = System.nanoTime();
        sink = numbers.find(text);
        return System.nanoTime() - start;
    }
}

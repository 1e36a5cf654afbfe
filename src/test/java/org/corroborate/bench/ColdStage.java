package org.corroborate.bench;

import java.io.IOException;
import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.number.NumberRecognizer;

/**
 * What one stage (the number pass) costs on the {@link BenchArticles} article run alone again and again, right after a
 * full extraction, right after 700 KB of fresh garbage (an extraction's allocation), and right after a sweep over 64 MB
 * of memory, in microseconds a call (wall clock, so run it on a quiet core or read several rounds). The sweep must be
 * larger than the last-level cache (32 MB on our machines) to empty it of the stage's tables: in session 24 an 8 MB
 * sweep left the stage as fast as alone, which read as machine code and branch history pushed out; round p37 (session
 * 25) measured after a 64 MB sweep about what after an extraction costs (479–1085 µs against 702–1022, alone 213–596),
 * so what an extraction leaves behind is data out of the caches, spread over many structures.
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
        byte[] big = new byte[64 << 20];
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
                    + "after a 64 MB sweep %.0f%n", language.code(), afterExtraction / (CALLS * 1e3), alone / (CALLS * 1e3),
                    afterGarbage / (CALLS * 1e3), afterSweep / (CALLS * 1e3));
        }
    }

    private static long timed(NumberRecognizer numbers, String text) {
        long start = System.nanoTime();
        sink = numbers.find(text);
        return System.nanoTime() - start;
    }
}

package org.corroborate.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;

/**
 * Extracts the claims of a {@link BenchArticles} article over and over for a given time, for a profiler to sample (JMH
 * forks and pauses; this is one plain loop). Prints the passes made and their mean time. With a recording that starts
 * once the rules are loaded and the code is warm, read by {@code bin/jfr-shares}:
 * <pre>$JAVA -XX:StartFlightRecording=delay=30s,duration=150s,filename=/tmp/en.jfr,settings=profile \
 *     -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.corroborate.bench.ProfileLoop en 170
 * bin/jfr-shares /tmp/en.jfr</pre>
 */
public final class ProfileLoop {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    private ProfileLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ProfileLoop LANGUAGE SECONDS");
            System.exit(2);
        }
        Language language = Language.fromCode(args[0]);
        long seconds = Long.parseLong(args[1]);
        ClaimExtractor extractor = new ClaimExtractor(BenchArticles.packs());
        String text = BenchArticles.article(language);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long passes = 0;
        int claims = 0;
        while (System.nanoTime() < end) {
            List<Claim> found = extractor.extract(text, language, PUBLISHED);
            claims = found.size();
            passes++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d passes, %.3f ms a pass (wall clock), %d claims%n", language.code(), passes,
                elapsed * 1000 / passes, claims);
    }
}

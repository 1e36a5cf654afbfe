package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.Language;
import org.corroborate.api.Claim;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of full claim extraction (numbers, counts, quotes, and dates once they land) over
 * a news article of about 1,000 words in Arabic and in English (src/test/resources/bench); the
 * target of issue 5 is 5 MB/s per core. JMH reports operations per second, and, as the auxiliary
 * counter {@code utf8Bytes}, UTF-8 bytes read per second: divide by 1,048,576 for MB/s.
 * Run: {@code bin/bench ExtractionBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
    private ClaimExtractor extractor;
    private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.of(2025, 12, 19);
    private String arabicArticle;
    private String englishArticle;
    private int arabicBytes;
    private int englishBytes;

    /** Bytes of text read, reported by JMH as a rate next to operations per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Read {
        public long utf8Bytes;

        @Setup(Level.Iteration)
        public void reset() {
            utf8Bytes = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        RulePacks packs = RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL);
        extractor = new ClaimExtractor(packs);
        arabicArticle = resource("bench/article-ar.txt");
        englishArticle = resource("bench/article-en.txt");
        arabicBytes = arabicArticle.getBytes(StandardCharsets.UTF_8).length;
        englishBytes = englishArticle.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtractionBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing benchmark text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public List<Claim> arabicArticle(Read read) {
        read.utf8Bytes += arabicBytes;
        return extractor.extract(arabicArticle, Language.AR, PUBLISHED);
    }

    @Benchmark
    public List<Claim> englishArticle(Read read) {
        read.utf8Bytes += englishBytes;
        return extractor.extract(englishArticle, Language.EN, PUBLISHED);
    }
}

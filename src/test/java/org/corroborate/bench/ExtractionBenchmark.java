package org.corroborate.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of full claim extraction (numbers, dates, gazetteer, counts, quotes) over a news
 * article of about 1,000 words in Arabic and in English; the target of issue 5 is 5 MB/s per
 * core. Run: {@code bin/bench ExtractionBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);
    private ClaimExtractor extractor;
    private String arabicArticle;
    private String englishArticle;
    private int arabicBytes;
    private int englishBytes;

    @Setup
    public void setUp() throws IOException {
        extractor = new ClaimExtractor(BenchArticles.packs());
        arabicArticle = BenchArticles.article(Language.AR);
        englishArticle = BenchArticles.article(Language.EN);
        arabicBytes = BenchArticles.utf8Length(arabicArticle);
        englishBytes = BenchArticles.utf8Length(englishArticle);
    }

    @Benchmark
    public List<Claim> arabicArticle(ReadBytes read) {
        read.utf8Bytes += arabicBytes;
        return extractor.extract(arabicArticle, Language.AR, PUBLISHED);
    }

    @Benchmark
    public List<Claim> englishArticle(ReadBytes read) {
        read.utf8Bytes += englishBytes;
        return extractor.extract(englishArticle, Language.EN, PUBLISHED);
    }
}

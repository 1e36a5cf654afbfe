package org.corroborate.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.rules.RulePacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the number pass over a news article of about 1,000 words in Arabic and in
 * English (src/test/resources/bench). JMH reports operations per second, and, as the auxiliary
 * counter {@code utf8Bytes}, UTF-8 bytes read per second: divide by 1,048,576 for MB/s.
 * Run: {@code bin/bench NumberBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class NumberBenchmark {
    private NumberRecognizer arabic;
    private NumberRecognizer english;
    private String arabicArticle;
    private String englishArticle;
    private int arabicBytes;
    private int englishBytes;

    @Setup
    public void setUp() throws IOException {
        RulePacks packs = BenchArticles.packs();
        arabic = NumberRecognizer.of(packs, Language.AR);
        english = NumberRecognizer.of(packs, Language.EN);
        arabicArticle = BenchArticles.article(Language.AR);
        englishArticle = BenchArticles.article(Language.EN);
        arabicBytes = BenchArticles.utf8Length(arabicArticle);
        englishBytes = BenchArticles.utf8Length(englishArticle);
    }

    @Benchmark
    public List<Mention> arabicArticle(ReadBytes read) {
        read.utf8Bytes += arabicBytes;
        return arabic.find(arabicArticle);
    }

    @Benchmark
    public List<Mention> englishArticle(ReadBytes read) {
        read.utf8Bytes += englishBytes;
        return english.find(englishArticle);
    }
}

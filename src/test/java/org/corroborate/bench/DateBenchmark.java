package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.extract.date.DatePolicy;
import org.corroborate.extract.date.DateRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The date pass over a ~1,000-word news article (test resources bench/ar-article.txt and
 * bench/en-article.txt, written for this benchmark), one thread. Throughput is in articles per
 * second; MB/s = ops/s × the article's UTF-8 size, printed at setup. Issue 4 target: the number and
 * date passes together at 2 MB/s per core or more.
 *
 * <pre>JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bin/bench DateBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DateBenchmark {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    @Param({"ar", "en"})
    public String lang;

    private DateRecognizer recognizer;
    private String text;

    @Setup
    public void setUp() throws IOException {
        recognizer = DateRecognizer.shipped(Language.fromCode(lang), DatePolicy.NEWS);
        try (InputStream in = DateBenchmark.class.getResourceAsStream("/bench/" + lang + "-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        System.err.printf("%n[%s article: %d UTF-8 bytes, %d chars, %d dates]%n", lang,
                text.getBytes(StandardCharsets.UTF_8).length, text.length(), recognizer.find(text, PUBLISHED).size());
    }

    @Benchmark
    public List<DateMention> findDates() {
        return recognizer.find(text, PUBLISHED);
    }
}

package org.corroborate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.date.DateRecognizer;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.rules.RulePacks;

/**
 * A byte-for-byte record of what extraction makes of many texts, to prove that a speed change
 * changes no output: run it before and after, then {@code diff} the two files. For every text
 * it writes one JSON line with the claims of {@link ClaimExtractor#extract} and the number and
 * date mentions the recognisers find, each both as JSON and as the records' {@code toString()}
 * (which also shows the fields the JSON leaves out, such as a mention's rule).
 *
 * <p>Texts: the benchmark articles, the claim eval sets dev to dev11 (not blind), the
 * cross-reference articles, and every {@code text} field under {@code /work/shared/corpora}
 * when that folder exists (or the folder given as the second argument).
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *     org.corroborate.bench.ExtractionSnapshot /tmp/snapshot.jsonl [corpora folder]</pre>
 */
public final class ExtractionSnapshot {
    private static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2025, 12, 19);
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExtractionSnapshot() {
    }

    /** One text to extract from. */
    private record Text(String source, Language language, LocalDate published, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/snapshot.jsonl");
        Path corpora = Path.of(args.length > 1 ? args[1] : "/work/shared/corpora");
        RulePacks packs = BenchArticles.packs();
        ClaimExtractor extractor = new ClaimExtractor(packs);
        Map<Language, NumberRecognizer> numbers = new EnumMap<>(Language.class);
        Map<Language, DateRecognizer> dates = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            numbers.put(language, NumberRecognizer.of(packs, language));
            dates.put(language, DateRecognizer.of(packs, language));
        }
        List<Text> texts = texts(corpora);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Text t : texts) {
                ObjectNode line = JSON.createObjectNode();
                line.put("source", t.source());
                line.set("claims", both(extractor.extract(t.text(), t.language(), t.published())));
                line.set("numbers", both(numbers.get(t.language()).find(t.text())));
                line.set("dates", both(dates.get(t.language()).find(t.text(), t.published())));
                writer.write(JSON.writeValueAsString(line));
                writer.newLine();
            }
        }
        System.out.printf("%d texts -> %s%n", texts.size(), out);
    }

    private static ObjectNode both(List<?> values) {
        ObjectNode node = JSON.createObjectNode();
        node.set("json", JSON.valueToTree(values));
        node.put("records", values.toString());
        return node;
    }

    private static List<Text> texts(Path corpora) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            texts.add(new Text("bench/" + language.code(), language, DEFAULT_PUBLISHED,
                    BenchArticles.article(language)));
        }
        for (String set : List.of("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")) {
            for (String code : List.of("ar", "en")) {
                readJsonLines(EVAL.resolve("claims").resolve(set).resolve(code + ".jsonl"), texts);
            }
        }
        readJsonLines(EVAL.resolve("xref/articles.jsonl"), texts);
        if (Files.isDirectory(corpora)) {
            try (Stream<Path> files = Files.walk(corpora)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    readJsonLines(file, texts);
                }
            }
        }
        return texts;
    }

    private static void readJsonLines(Path file, List<Text> texts) throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode json = JSON.readTree(line);
            String code = json.path("lang").asText("");
            if (!code.equals("ar") && !code.equals("en")) {
                continue;
            }
            Language language = Language.fromCode(code);
            LocalDate published = published(json);
            String source = file + ":" + n;
            for (String field : List.of("title", "text", "s1", "s2")) {
                JsonNode value = json.get(field);
                if (value != null && value.isTextual()) {
                    texts.add(new Text(source + ":" + field, language, published, value.asText()));
                }
            }
        }
    }

    private static LocalDate published(JsonNode json) {
        String published = json.path("published").asText("");
        if (published.length() >= 10) {
            return LocalDate.parse(published.substring(0, 10));
        }
        String reference = json.path("reference_time").asText("");
        if (reference.length() >= 10) {
            return LocalDate.parse(reference.substring(0, 10));
        }
        return DEFAULT_PUBLISHED;
    }
}

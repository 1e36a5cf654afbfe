package org.corroborate.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The third-party corpora in {@code shared/corpora} (system property {@code corroborate.shared.dir},
 * set by surefire), read in place and never copied into the project. When they are absent a test
 * is skipped with a clear message, except on CI ({@code CI=true}), which always has them: there
 * it fails.
 */
public final class Corpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    /** The corpus file, or skip (fail on CI) when it is not there. */
    public static Path require(String relative) {
        return require(relative, System.getProperty("corroborate.shared.dir"), "true".equals(System.getenv("CI")));
    }

    static Path require(String relative, String shared, boolean ci) {
        Path file = shared == null ? null : Path.of(shared, "corpora", relative);
        if (file == null || !Files.isRegularFile(file)) {
            String message = "corpus " + relative + " not found (system property corroborate.shared.dir="
                    + shared + ")";
            if (ci) {
                fail(message + ": CI must have shared/corpora");
            }
            Assumptions.abort(message + ": skipped");
        }
        return file;
    }

    /** Every line of a JSON Lines file, with its 1-based line number. */
    public static List<Line> read(Path file) {
        List<Line> lines = new ArrayList<>();
        try {
            List<String> raw = Files.readAllLines(file);
            for (int i = 0; i < raw.size(); i++) {
                if (!raw.get(i).isBlank()) {
                    lines.add(new Line(i + 1, JSON.readTree(raw.get(i))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** One case of a corpus: its line in the JSONL file and its fields. */
    public record Line(int number, JsonNode json) {
        public String text() {
            return json.path("text").asText();
        }

        /** How upstream names the case: {@code source_file:source_line}, or the case index. */
        public String key() {
            if (json.has("case_index")) {
                return json.path("source_file").asText() + "#" + json.path("case_index").asInt();
            }
            return json.path("source_file").asText() + ":" + json.path("source_line").asInt();
        }
    }
}

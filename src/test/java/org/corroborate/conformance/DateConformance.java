package org.corroborate.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The date harness's plumbing: finds the shared corpora (never copied into the project), reads
 * JSON Lines, the floors ratchet and the list of cases judged wrong upstream, and writes one
 * report row per corpus file into target/conformance/, regenerating target/conformance.md.
 * Small on purpose: a shared harness with the numbers' will replace it.
 */
final class DateConformance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = Path.of("target");

    private DateConformance() {
    }

    /**
     * A corpus file under the shared folder; skips the test when it is absent, but fails on CI
     * ({@code CI=true}), where a missing corpus must not pass silently.
     */
    static Path corpus(String relative) {
        return shared("corpora/" + relative);
    }

    /** A file under the shared folder (corpora, real articles), with the same skip-or-fail rule. */
    static Path shared(String relative) {
        String shared = System.getProperty("corroborate.shared.dir");
        Path file = shared == null ? null : Path.of(shared, relative);
        if (file == null || !Files.isRegularFile(file)) {
            String message = relative + " not found under corroborate.shared.dir=" + shared
                    + " (third-party corpora and real articles live outside the project, in /work/shared)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return file;
    }

    static List<JsonNode> lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<JsonNode> out = new ArrayList<>();
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The floor (minimum pass rate) of each corpus file. */
    static double floor(String corpusFile) {
        Properties floors = new Properties();
        try (InputStream in = DateConformance.class.getResourceAsStream("/conformance/floors-dates.properties")) {
            floors.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read conformance/floors-dates.properties", e);
        }
        String value = floors.getProperty(corpusFile);
        if (value == null) {
            throw new IllegalStateException("no floor for " + corpusFile + " in floors-dates.properties");
        }
        return Double.parseDouble(value);
    }

    /** Cases judged wrong upstream: "source:line-or-index\tinput" → reason. */
    static Map<String, String> upstreamWrong() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = DateConformance.class.getResourceAsStream("/conformance/upstream-wrong-dates.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("upstream-wrong-dates.tsv: need 3 tab-separated columns: " + line);
                }
                out.put(cols[0] + "\t" + cols[1], cols[2]);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read conformance/upstream-wrong-dates.tsv", e);
        }
        return out;
    }

    /**
     * The patterns of the cases of one corpus file that are out of scope by decision
     * (out-of-scope-dates.tsv: file, pattern, reason), matched case-insensitively as whole words.
     */
    static List<java.util.regex.Pattern> outOfScope(String corpusFile) {
        List<java.util.regex.Pattern> out = new ArrayList<>();
        try (InputStream in = DateConformance.class.getResourceAsStream("/conformance/out-of-scope-dates.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || cols[2].isBlank()) {
                    throw new IllegalStateException("out-of-scope-dates.tsv: need file, pattern and reason: " + line);
                }
                if (cols[0].equals(corpusFile)) {
                    out.add(java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:" + cols[1] + ")(?![\\p{L}])"));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read conformance/out-of-scope-dates.tsv", e);
        }
        return out;
    }

    /** Writes target/conformance/&lt;name&gt;.md (one table row) and regenerates target/conformance.md. */
    static void report(String name, String row) {
        try {
            Files.createDirectories(PassRates.DIR);
            Files.writeString(PassRates.DIR.resolve(name + ".md"), row.endsWith("\n") ? row : row + "\n");
            PassRates.regenerate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String row(String file, int passed, int total, String notes) {
        return String.format(java.util.Locale.ROOT, "| %s | %d / %d | %.1f%% | %s |", file, passed, total,
                rate(passed, total) * 100, notes);
    }

    static double rate(int passed, int total) {
        return total == 0 ? 0 : (double) passed / total;
    }
}

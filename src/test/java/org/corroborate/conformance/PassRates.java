package org.corroborate.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tallies one corpus run and writes it as one table row to {@code target/conformance/<name>.md},
 * then regenerates {@code target/conformance.md} from every row there (sorted), so number and
 * date runs end up in one summary. Failing cases go to {@code target/conformance-failures/}.
 */
public final class PassRates {
    static final Path DIR = Path.of("target", "conformance");
    static final Path SUMMARY = Path.of("target", "conformance.md");
    static final Path FAILURES = Path.of("target", "conformance-failures");
    static final String HEADER = """
            # Conformance with third-party corpora

            | corpus file | passed / judged | rate | notes |
            |---|---|---|---|
            """;

    private final String name;
    private int passed;
    private int judged;
    private int upstreamWrong;
    private int outOfScope;
    private final List<String> failures = new ArrayList<>();

    public PassRates(String name) {
        this.name = name;
    }

    public void pass() {
        passed++;
        judged++;
    }

    public void fail(String what) {
        judged++;
        failures.add(what);
    }

    public void upstreamWrong() {
        upstreamWrong++;
    }

    public void outOfScope() {
        outOfScope++;
    }

    public double rate() {
        return judged == 0 ? 1.0 : (double) passed / judged;
    }

    public int judged() {
        return judged;
    }

    public List<String> failures() {
        return failures;
    }

    public String row(double floor) {
        return String.format(Locale.ROOT, "| %s | %d / %d | %.1f%% | floor %.1f%%; %d upstream-wrong, %d out of scope (excluded) |%n",
                name, passed, judged, rate() * 100, floor * 100, upstreamWrong, outOfScope);
    }

    /** Writes this row and the failures, and regenerates the summary. */
    public void write(double floor) {
        try {
            Files.createDirectories(DIR);
            Files.createDirectories(FAILURES);
            Files.writeString(DIR.resolve(name + ".md"), row(floor));
            Files.write(FAILURES.resolve(name + ".txt"), failures);
            regenerate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void regenerate() throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        try (Stream<Path> rows = Files.list(DIR)) {
            for (Path row : rows.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                out.append(Files.readString(row));
            }
        }
        Files.writeString(SUMMARY, out.toString());
    }
}

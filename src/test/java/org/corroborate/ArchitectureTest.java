package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Adapters at the edges (STYLE.md): one package per external library. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void onlyTheTikaAdapterImportsTika() {
        assertThat(importersOf("org.apache.tika")).isNotEmpty()
                .allMatch(f -> f.startsWith(MAIN.resolve("org/corroborate/ingest/tika")));
    }

    @Test
    void onlyTheHtmlAdapterImportsJsoup() {
        assertThat(importersOf("org.jsoup")).isNotEmpty()
                .allMatch(f -> f.startsWith(MAIN.resolve("org/corroborate/ingest/html")));
    }

    private static List<Path> importersOf(String prefix) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> imports(f, prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean imports(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import " + prefix + ".")
                    || l.startsWith("import static " + prefix + "."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Only {@code *.elasticsearch} packages may use the Elasticsearch client (STYLE.md "Adapters at the edges"). */
class ClientImportsTest {

    @Test
    void onlyElasticsearchPackagesImportTheClient() throws IOException {
        Path main = Path.of("src/main/java");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("elasticsearch"))
                    .filter(ClientImportsTest::importsTheClient).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCorpusAdapterIsWhereTheClientIsUsed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/corroborate/corpus/elasticsearch"))) {
            assertThat(files.filter(ClientImportsTest::importsTheClient).count()).isGreaterThanOrEqualTo(3);
        }
    }

    private static boolean importsTheClient(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import co.elastic."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

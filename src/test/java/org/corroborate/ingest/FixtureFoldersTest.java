package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixtureFoldersTest {

    @ParameterizedTest
    @ValueSource(strings = {"html", "text", "docx", "odt", "rtf", "pdf"})
    void everyFormatHasArabicAndEnglishFixtures(String format) {
        var names = Fixtures.folder(format).stream().map(Path::getFileName).map(Path::toString).toList();
        assertThat(names).anyMatch(n -> n.startsWith("ar-")).anyMatch(n -> n.startsWith("en-"));
    }
}

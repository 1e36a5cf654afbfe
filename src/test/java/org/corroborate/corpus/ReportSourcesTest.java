package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSourcesTest {
    private final ReportSources sources = new ReportSources(new ArticleDocumentReader());

    private List<Loaded> read(Path... paths) {
        List<Loaded> items = new ArrayList<>();
        sources.read(List.of(paths), items::add);
        return items;
    }

    private static List<Report> reports(List<Loaded> items) {
        return items.stream().filter(Loaded.Read.class::isInstance).map(l -> ((Loaded.Read) l).report()).toList();
    }

    @Test
    void fixtureFolderIsNotEmpty() throws IOException {
        try (Stream<Path> files = Files.list(CorpusFixtures.path(""))) {
            assertThat(files.count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void readsEveryLineOfAFeedInBothLanguages() {
        List<Report> reports = reports(read(CorpusFixtures.path("reports.jsonl")));
        assertThat(reports).extracting(r -> r.id().value())
                .containsExactly("wire-ar-0001", "wire-ar-0002", "wire-en-0001", "wire-en-0002", "wire-ar-0003", "wire-en-0003");
        assertThat(reports).extracting(Report::lang).containsOnly(Language.AR, Language.EN);
        assertThat(reports.get(0).title()).startsWith("مقتل خمسة عشر مدنياً");
    }

    @Test
    void takesTheCalendarDateOfATimestampInItsOwnOffset() {
        Report report = reports(read(CorpusFixtures.path("reports.jsonl"))).get(1);
        assertThat(report.published()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(report.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-11-25T09:30:00+03:00"));
    }

    @Test
    void reportsMalformedLinesWithTheirNumbersAndReadsTheRest() {
        List<Loaded> items = read(CorpusFixtures.path("malformed.jsonl"));
        assertThat(reports(items)).extracting(r -> r.id().value()).containsExactly("mal-1", "mal-2", "mal-5");
        List<Loaded> failed = items.stream().filter(Loaded.Failed.class::isInstance).toList();
        assertThat(failed).extracting(l -> l.origin().line()).containsExactly(3, 4);
        assertThat(failed.get(0).toString()).startsWith(CorpusFixtures.path("malformed.jsonl") + ":3: not JSON: ");
        assertThat(((Loaded.Failed) failed.get(1)).reason()).contains("unsupported language 'fr'");
    }

    @Test
    void requiresIdLangAndText(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("f.ndjson"), """
                {"lang":"en","text":"No id here."}
                {"id":"x","text":"No language here."}
                {"id":"y","lang":"en","text":"   "}
                {"id":"z","lang":"en","text":"Fine.","published":"24/11/2025"}
                """);
        List<Loaded> items = read(feed);
        assertThat(items).extracting(Loaded::toString).containsExactly(
                feed + ":1: no \"id\"",
                feed + ":2: no \"lang\" (ar or en)",
                feed + ":3: no \"text\"",
                feed + ":4: \"published\" is neither YYYY-MM-DD nor an ISO timestamp: 24/11/2025");
    }

    @Test
    void readsDocumentsWithSidecarsAndNeverIndexesTheSidecar() {
        List<Loaded> items = read(CorpusFixtures.path("documents"));
        List<Report> reports = reports(items);
        assertThat(reports).hasSize(3);
        Report statement = reports.stream().filter(r -> r.id().value().equals("doc-ar-0001")).findFirst().orElseThrow();
        assertThat(statement.title()).isEqualTo("بيان الدفاع المدني بشأن غارة سراقب");
        assertThat(statement.source()).isEqualTo("difaa-madani");
        assertThat(statement.published()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(statement.text()).startsWith("أصدر الدفاع المدني بياناً");
        assertThat(items).noneMatch(l -> l.origin().file().toString().endsWith(".json"));
    }

    @Test
    void namesADocumentWithoutSidecarByItsRelativePathAndGuessesItsLanguage() {
        List<Report> reports = reports(read(CorpusFixtures.path("documents")));
        Report bulletin = reports.stream().filter(r -> r.text().startsWith("نشرة")).findFirst().orElseThrow();
        assertThat(bulletin.id().value()).isEqualTo(ReportSources.pathId(CorpusFixtures.path("documents"),
                CorpusFixtures.path("documents/bulletin.txt"))).matches("sha256:[0-9a-f]{16}");
        assertThat(bulletin.lang()).isEqualTo(Language.AR);
        Report flood = reports.stream().filter(r -> r.text().startsWith("Rescue")).findFirst().orElseThrow();
        assertThat(flood.lang()).isEqualTo(Language.EN);
        assertThat(flood.id().value()).isNotEqualTo(bulletin.id().value());
    }

    @Test
    void pathIdDependsOnThePathRelativeToTheArgumentOnly(@TempDir Path dir) {
        assertThat(ReportSources.pathId(dir.resolve("a"), dir.resolve("a/x/report.txt")))
                .isEqualTo(ReportSources.pathId(dir.resolve("b"), dir.resolve("b/x/report.txt")))
                .isNotEqualTo(ReportSources.pathId(dir.resolve("a"), dir.resolve("a/y/report.txt")));
    }

    @Test
    void saysWhichFilesOfAFolderItPassesOver() {
        List<Loaded> items = read(CorpusFixtures.path("documents"));
        assertThat(items).filteredOn(Loaded.Skipped.class::isInstance)
                .extracting(l -> l.origin().file().getFileName().toString()).containsExactly("NOTES.md");
    }

    @Test
    void readsHtmlDocumentsThroughTheIngestionLayer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><body><p>Ten people were killed in the blast.</p></body></html>");
        assertThat(read(dir)).singleElement().isInstanceOf(Loaded.Read.class)
                .extracting(l -> ((Loaded.Read) l).report().text()).asString().contains("Ten people were killed");
    }

    @Test
    void aSidecarWithoutLanguageOnAnUnreadableScriptFailsWithAHint(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("numbers.txt"), "12 34 56");
        assertThat(read(dir)).singleElement().extracting(Loaded::toString).asString()
                .endsWith("cannot tell the language; give \"lang\" in a sidecar .json");
    }

    @Test
    void aBrokenSidecarFailsItsDocumentAndSaysWhichFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("statement.txt"), "Police said four people were detained.");
        Files.writeString(dir.resolve("statement.json"), "{\"id\": \"s-1\", \"lang\": \"en\"");
        assertThat(read(dir)).singleElement().isInstanceOf(Loaded.Failed.class).extracting(Loaded::toString).asString()
                .startsWith(dir.resolve("statement.txt") + ": sidecar statement.json: not JSON");
    }

    @Test
    void rejectsMissingPathsAndUnsupportedFilesBeforeReadingAnything(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> sources.check(List.of(dir.resolve("nope.jsonl"))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("no such file or directory")
                .extracting(e -> ((InputRejectedException) e).code()).isEqualTo("missing-input");
        Path sheet = Files.writeString(dir.resolve("report.xlsx"), "PK");
        assertThatThrownBy(() -> sources.check(List.of(sheet)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("no reader for .xlsx documents");
        sources.check(List.of(CorpusFixtures.path("reports.jsonl"), CorpusFixtures.path("documents")));
    }
}

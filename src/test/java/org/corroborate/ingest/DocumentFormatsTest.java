package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.Article;
import org.corroborate.api.ArticleWarning;
import org.corroborate.api.Language;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DOCX, ODT, RTF and PDF through Tika: the same two articles, written once and converted. */
class DocumentFormatsTest {
    private static final String EN_TITLE = "Flash floods kill 14 in Swat valley as rivers burst their banks";
    private static final String AR_TITLE = "سيول جارفة تودي بحياة تسعة أشخاص في جنوب اليمن";
    private static final ArticleReader READER = new ArticleReader();

    static Stream<Path> documents() {
        return Stream.of("docx", "odt", "rtf", "pdf").flatMap(f -> Fixtures.folder(f).stream())
                .filter(p -> p.getFileName().toString().matches("(ar|en)-flood\\..*"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsTitleLanguageAndEveryParagraph(Path file) {
        Article article = READER.read(file, ReadOptions.none());
        boolean arabic = file.getFileName().toString().startsWith("ar-");

        assertThat(article.lang()).isEqualTo(arabic ? Language.AR : Language.EN);
        assertThat(article.title()).isEqualTo(arabic ? AR_TITLE : EN_TITLE);
        assertThat(article.paragraphs().get(0).role()).isEqualTo(ParagraphRole.TITLE);
        assertThat(article.paragraphs()).hasSize(7);
        assertThat(article.paragraphs().get(2).text()).startsWith(arabic ? "عدن - لقي تسعة أشخاص" : "MINGORA, Pakistan");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void joinsParagraphsWithABlankLine(Path file) {
        Article article = READER.read(file, ReadOptions.none());

        assertThat(article.text()).isEqualTo(String.join("\n\n", article.paragraphs().stream().map(Paragraph::text).toList()));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void takesThePublicationDateFromDocumentMetadataAndSaysSo(Path file) {
        Article article = READER.read(file, ReadOptions.none());
        boolean arabic = file.getFileName().toString().startsWith("ar-");

        assertThat(article.published()).isEqualTo(arabic ? LocalDate.of(2025, 10, 7) : LocalDate.of(2025, 8, 19));
        assertThat(article.warnings()).extracting(ArticleWarning::code).containsExactly("publication-date-from-file");
    }

    @Test
    void callerDateWinsOverMetadataAndDropsTheOtherDaysTimestamp() {
        Article article = READER.read(Fixtures.path("docx/en-flood.docx"),
                ReadOptions.none().withPublished(LocalDate.of(2025, 8, 20)));

        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 20));
        assertThat(article.publishedAt()).isNull();
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void headingTwoAfterTheTitleIsTheStandfirst() {
        Article article = READER.read(Fixtures.path("docx/ar-flood.docx"), ReadOptions.none());

        assertThat(article.paragraphs().get(1).role()).isEqualTo(ParagraphRole.STANDFIRST);
        assertThat(article.paragraphs().get(1).text()).startsWith("فرق الإنقاذ تبحث عن خمسة مفقودين");
    }

    @Test
    void pdfTextLayerReadsLikeTheDocxItWasMadeFrom() {
        for (String lang : List.of("ar", "en")) {
            Article pdf = READER.read(Fixtures.path("pdf/" + lang + "-flood.pdf"), ReadOptions.none());
            Article docx = READER.read(Fixtures.path("docx/" + lang + "-flood.docx"), ReadOptions.none());

            assertThat(pdf.text()).as(lang).isEqualTo(docx.text());
        }
    }
}

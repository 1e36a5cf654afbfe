package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.ArticleWarning;
import org.corroborate.api.Language;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Arabic article of {@code ../shared/articles/ar/}, read from where it lives (never copied). */
class RealArticleTest {
    private Path file;

    @BeforeEach
    void findSharedArticle() {
        String shared = System.getProperty("corroborate.shared.dir");
        file = shared == null ? null : Path.of(shared, "articles", "ar", "palmyra-isis-threat.txt");
        assumeTrue(file != null && Files.isRegularFile(file),
                "skipped: ../shared/articles/ar/palmyra-isis-threat.txt is absent (system property corroborate.shared.dir="
                        + shared + ")");
    }

    @Test
    void readsThePalmyraArticleAsArabicWithItsHeadlineAndOneParagraphPerLine() throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = original.lines().filter(l -> !l.isBlank()).map(String::strip).toList();

        Article article = new ArticleReader().read(file, ReadOptions.none());

        assertThat(article.text()).isEqualTo(original);
        assertThat(article.lang()).isEqualTo(Language.AR);
        assertThat(article.title()).isEqualTo("داعش يتوعد الأميركيين في سوريا بالمزيد من الهجمات");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(lines);
        assertThat(article.paragraphs().get(1).text()).startsWith("دمشق - هدد تنظيم الدولة الإسلامية");
        assertThat(article.paragraphs().subList(1, lines.size())).extracting(Paragraph::role).containsOnly(ParagraphRole.BODY);
    }

    @Test
    void theArticleCarriesNoDateSoTheCallerGivesIt() {
        Article unknown = new ArticleReader().read(file, ReadOptions.none());
        Article given = new ArticleReader().read(file, ReadOptions.none().withPublished(LocalDate.of(2025, 12, 19)));

        assertThat(unknown.published()).isNull();
        assertThat(unknown.warnings()).extracting(ArticleWarning::code).containsExactly("no-publication-date");
        assertThat(given.published()).isEqualTo(LocalDate.of(2025, 12, 19));
        assertThat(given.warnings()).isEmpty();
    }
}

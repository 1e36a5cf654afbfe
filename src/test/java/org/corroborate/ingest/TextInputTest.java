package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import org.corroborate.api.Article;
import org.corroborate.api.ArticleWarning;
import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.junit.jupiter.api.Test;

class TextInputTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void keepsTheDecodedTextUnchanged() {
        Article article = reader.read(Fixtures.path("text/en-burkina-checkpoint.txt"), ReadOptions.none());

        String file = new String(Fixtures.bytes("text/en-burkina-checkpoint.txt"), StandardCharsets.UTF_8);
        assertThat(article.text()).isEqualTo(file);
        assertThat(article.paragraphs()).allSatisfy(p ->
                assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void splitsOnBlankLinesAndKeepsHardWrappedLinesTogether() {
        Article article = reader.read(Fixtures.path("text/en-burkina-checkpoint.txt"), ReadOptions.none());

        assertThat(article.paragraphs()).extracting(Paragraph::role).containsExactly(
                ParagraphRole.TITLE, ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.BODY);
        assertThat(article.paragraphs().get(1).text())
                .startsWith("OUAGADOUGOU — Gunmen on motorcycles")
                .endsWith("the army\nsaid in a statement on Monday.");
    }

    @Test
    void takesABylineParagraphAsTheBylineNotAsBody() {
        Article article = reader.read(Fixtures.path("text/en-burkina-checkpoint.txt"), ReadOptions.none());

        assertThat(article.title()).isEqualTo("Gunmen kill six at checkpoint in northern Burkina Faso");
        assertThat(article.byline()).isEqualTo("By Daniel Okafor");
        assertThat(article.paragraphs()).extracting(Paragraph::text).doesNotContain("By Daniel Okafor");
        assertThat(article.lang()).isEqualTo(Language.EN);
    }

    @Test
    void readsOneParagraphPerLineWhenNoLineIsBlank() {
        Article article = reader.read(Fixtures.path("text/ar-lahij-floods.txt"), ReadOptions.none());

        assertThat(article.lang()).isEqualTo(Language.AR);
        assertThat(article.title()).isEqualTo("سيول جارفة تودي بحياة تسعة أشخاص في جنوب اليمن");
        assertThat(article.paragraphs()).hasSize(6);
        assertThat(article.paragraphs().get(1).text()).startsWith("عدن - لقي تسعة أشخاص على الأقل حتفهم");
    }

    @Test
    void aFirstLineEndingLikeASentenceIsNotATitle() {
        Article article = reader.readText("The army said 12 soldiers were killed.\n\nIt gave no further details.",
                ReadOptions.none());

        assertThat(article.title()).isNull();
        assertThat(article.paragraphs()).extracting(Paragraph::role).containsOnly(ParagraphRole.BODY);
    }

    @Test
    void removesOnlyTheUtf8ByteOrderMark() {
        Article withBom = reader.read(Fixtures.path("text/en-burkina-checkpoint.utf8-bom.txt"), ReadOptions.none());
        Article plain = reader.read(Fixtures.path("text/en-burkina-checkpoint.txt"), ReadOptions.none());

        assertThat(withBom.text()).isEqualTo(plain.text()).doesNotStartWith("\uFEFF");
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        Article utf16 = reader.read(Fixtures.path("text/ar-mosul-arrest.utf16le-bom.txt"), ReadOptions.none());
        Article utf8 = reader.read(Fixtures.path("text/ar-mosul-arrest.utf8.txt"), ReadOptions.none());

        assertThat(utf16.text()).isEqualTo(utf8.text());
        assertThat(utf16.paragraphs()).isEqualTo(utf8.paragraphs());
    }

    @Test
    void detectsLegacyArabicWindows1256() {
        Article legacy = reader.read(Fixtures.path("text/ar-mosul-arrest.cp1256.txt"), ReadOptions.none());
        Article utf8 = reader.read(Fixtures.path("text/ar-mosul-arrest.utf8.txt"), ReadOptions.none());

        assertThat(legacy.text()).isEqualTo(utf8.text());
        assertThat(legacy.title()).isEqualTo("القبض على مسؤول محلي بتهمة الرشوة في الموصل");
    }

    @Test
    void refusesTextThatIsNeitherArabicNorEnglish() {
        assertThatThrownBy(() -> reader.read(Fixtures.path("text/fr-lyon-incendie.txt"), ReadOptions.none()))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("unsupported-language"))
                .hasMessageContaining("--lang");
    }

    @Test
    void readsOtherLanguagesWhenTheCallerGivesOne() {
        Article article = reader.read(Fixtures.path("text/fr-lyon-incendie.txt"), ReadOptions.none().withLang(Language.EN));

        assertThat(article.lang()).isEqualTo(Language.EN);
        assertThat(article.title()).startsWith("Incendie dans un entrepôt à Lyon");
    }

    @Test
    void refusesPersianAlthoughItIsWrittenInArabicScript() {
        String persian = "سیل در استان سیستان و بلوچستان دست کم پنج نفر را کشت و صدها خانه را ویران کرد.";

        assertThatThrownBy(() -> reader.readText(persian, ReadOptions.none()))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("unsupported-language"));
    }

    @Test
    void callerLanguageOverridesDetection() {
        Article article = reader.readText("Bagdad - Reuters\n\nالشرطة تعتقل سبعة أشخاص في بغداد.",
                ReadOptions.none().withLang(Language.EN));

        assertThat(article.lang()).isEqualTo(Language.EN);
    }

    @Test
    void unknownPublicationDateStaysNullWithAWarning() {
        Article article = reader.read(Fixtures.path("text/ar-lahij-floods.txt"), ReadOptions.none());

        assertThat(article.published()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.warnings()).extracting(ArticleWarning::code).containsExactly("no-publication-date");
    }

    @Test
    void callerPublicationDateIsUsedWithoutWarning() {
        Article article = reader.read(Fixtures.path("text/ar-lahij-floods.txt"),
                ReadOptions.none().withPublished(LocalDate.of(2025, 10, 7)));

        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void idIsSha256OfTheBytesUnlessGiven() throws Exception {
        byte[] bytes = Fixtures.bytes("text/en-burkina-checkpoint.txt");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(reader.read(bytes, "a.txt", ReadOptions.none()).id()).isEqualTo("sha256:" + sha.substring(0, 16));
        assertThat(reader.read(bytes, "a.txt", ReadOptions.none().withId("cms-4711")).id()).isEqualTo("cms-4711");
    }

    @Test
    void windowsLineEndingsStayInTheTextButNotInParagraphs() {
        Article article = reader.readText("Storm cuts power to 40,000 homes\r\n\r\nThe storm hit the coast on Monday.\r\n",
                ReadOptions.none());

        assertThat(article.text()).endsWith("Monday.\r\n");
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Storm cuts power to 40,000 homes", "The storm hit the coast on Monday.");
    }
}

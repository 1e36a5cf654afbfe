package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.corroborate.api.Article;
import org.corroborate.api.Language;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.junit.jupiter.api.Test;

/** The facade: format by content, HTML as bytes or string, ids, legacy charsets. */
class ArticleReaderTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private final ArticleReader reader = new ArticleReader();

    @Test
    void formatComesFromTheBytesNotTheFileName() {
        Article article = reader.read(Fixtures.bytes("pdf/en-flood.pdf"), "article.html", ReadOptions.none());

        assertThat(article.title()).isEqualTo("Flash floods kill 14 in Swat valley as rivers burst their banks");
        assertThat(article.paragraphs()).allMatch(p -> p.source() == null);
    }

    @Test
    void recognisesHtmlWithoutAFileName() {
        Article article = reader.read(Fixtures.bytes("html/en-swat-floods.html"), null, ReadOptions.none());

        assertThat(article.paragraphs().get(0).source()).isNotNull();
    }

    @Test
    void htmlIdIsTheCanonicalUrlUnlessGiven() {
        byte[] page = Fixtures.bytes("html/en-swat-floods.html");

        assertThat(reader.read(page, "a.html", ReadOptions.none()).id())
                .isEqualTo("https://www.harbourcourier.example/world/asia/2025/08/19/swat-valley-flash-floods");
        assertThat(reader.read(page, "a.html", ReadOptions.none().withId("cms-1")).id()).isEqualTo("cms-1");
    }

    @Test
    void readsHtmlGivenAsAStringLikeTheSameBytes() {
        byte[] page = Fixtures.bytes("html/ar-baghdad-arrests.html");

        Article fromString = reader.readHtml(new String(page, StandardCharsets.UTF_8), ReadOptions.none());
        Article fromBytes = reader.read(page, "page.html", ReadOptions.none());

        assertThat(fromString).isEqualTo(fromBytes);
        assertThat(fromString.lang()).isEqualTo(Language.AR);
    }

    @Test
    void readsWindows1256HtmlWhetherOrNotItDeclaresItsCharset() {
        String utf8Page = new String(Fixtures.bytes("html/ar-baghdad-arrests.html"), StandardCharsets.UTF_8);
        Article expected = reader.readHtml(utf8Page, ReadOptions.none());
        String declared = utf8Page.replace("charset=utf-8", "charset=windows-1256");
        String undeclared = utf8Page.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", "");

        for (String page : new String[] {declared, undeclared}) {
            Article legacy = reader.read(page.getBytes(WINDOWS_1256), "legacy.html", ReadOptions.none());
            assertThat(legacy.text()).isEqualTo(expected.text());
        }
    }

    @Test
    void aSummaryBoxBelowTheBodyIsNotTheStandfirst() {
        String html = "<html><body><article><h1>Dam bursts after week of rain</h1>"
                + "<p>The dam gave way early on Sunday, flooding three villages, officials said.</p>"
                + "<div class='summary'>Key facts: the dam was built in 1962 and repaired in 2019.</div>"
                + "</article></body></html>";

        Article article = reader.readHtml(html, ReadOptions.none());

        assertThat(article.paragraphs()).extracting(Paragraph::role)
                .containsExactly(ParagraphRole.TITLE, ParagraphRole.BODY, ParagraphRole.BODY);
    }
}

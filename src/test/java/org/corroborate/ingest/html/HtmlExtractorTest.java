package org.corroborate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.corroborate.api.ParagraphRole;
import org.corroborate.ingest.ExtractedDocument;
import org.corroborate.ingest.ExtractedDocument.Block;
import org.corroborate.ingest.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final String EN_PAGE = "html/en-swat-floods.html";
    private static final String AR_PAGE = "html/ar-baghdad-arrests.html";
    private static final String AR_ARTICLE_PAGE = "html/ar-mali-attack.html";

    private static ExtractedDocument read(String fixture) {
        return HtmlExtractor.extract(Fixtures.bytes(fixture));
    }

    private static String allText(ExtractedDocument doc) {
        return String.join("\n", doc.blocks().stream().map(Block::text).toList());
    }

    @Test
    void keepsHeadlineAndStandfirstDropsShareBar() {
        ExtractedDocument doc = read(EN_PAGE);

        assertThat(doc.blocks().get(0)).extracting(Block::text, Block::role).containsExactly(
                "Flash floods kill 14 in Swat valley as rivers burst their banks", ParagraphRole.TITLE);
        assertThat(doc.blocks().get(1).role()).isEqualTo(ParagraphRole.STANDFIRST);
        assertThat(doc.blocks().get(1).text()).startsWith("Rescue teams are searching for at least nine people");
        assertThat(allText(doc)).doesNotContain("Share on Facebook", "Copy link");
    }

    @Test
    void dropsNavigationAdsRelatedArticlesCommentsAndScripts() {
        String text = allText(read(EN_PAGE));

        assertThat(text).doesNotContain("Business", "Advertisement", "Read more", "glaciers", "Related articles",
                "Monsoon rains", "Thoughts and prayers", "dataLayer", "morning briefing", "All rights reserved",
                "Skip to content", "Photo: Reuters");
    }

    @Test
    void dropsTheKickerAboveTheHeadlineAndTheBylineBlock() {
        ExtractedDocument doc = read(EN_PAGE);

        assertThat(doc.blocks()).extracting(Block::text).doesNotContain("Pakistan")
                .noneMatch(t -> t.startsWith("By Sarah Collins"));
        assertThat(doc.byline()).isEqualTo("By Sarah Collins in Islamabad");
    }

    @Test
    void keepsEveryBodyParagraphInOrderWithSpacesCollapsed() {
        ExtractedDocument doc = read(EN_PAGE);

        assertThat(doc.blocks()).hasSize(9);
        assertThat(doc.blocks().get(2).text()).startsWith("MINGORA, Pakistan — Flash floods");
        assertThat(doc.blocks().get(4).text()).endsWith("“We had perhaps ten minutes to get our families out.”");
        assertThat(doc.blocks().get(8).text()).startsWith("Floods in 2022 killed more than 1,700 people");
        assertThat(doc.blocks().subList(2, 9)).extracting(Block::role).containsOnly(ParagraphRole.BODY);
    }

    @Test
    void readsCanonicalUrlOutletAndArticlePublishedTime() {
        ExtractedDocument doc = read(EN_PAGE);

        assertThat(doc.url()).isEqualTo("https://www.harbourcourier.example/world/asia/2025/08/19/swat-valley-flash-floods");
        assertThat(doc.sourceName()).isEqualTo("The Harbour Courier");
        assertThat(doc.dateCandidates()).first().isEqualTo("2025-08-19T16:40:00+05:00");
        assertThat(doc.dateCandidates()).contains("2025-08-19T11:40:00Z"); // JSON-LD, next in line
    }

    @Test
    void fallsBackToJsonLdDatePublished() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                 {"@type":"NewsArticle","datePublished":"2024-06-02T07:00:00+01:00","publisher":{"name":"Daily Ledger"}}]}
                </script></head><body><article><h1>Bridge closed after barge strike</h1>
                <p>The bridge will stay closed for at least two weeks, engineers said.</p></article></body></html>""";

        ExtractedDocument doc = HtmlExtractor.extract(html);

        assertThat(doc.dateCandidates()).containsExactly("2024-06-02T07:00:00+01:00");
        assertThat(doc.sourceName()).isEqualTo("Daily Ledger");
    }

    @Test
    void readsTimeDatetimeWhenThereIsNoMetaTag() {
        ExtractedDocument doc = read(AR_PAGE);

        assertThat(doc.dateCandidates()).first().isEqualTo("2025-03-12T11:05:00+03:00");
        assertThat(doc.sourceName()).isEqualTo("وكالة الرافدين");
    }

    @Test
    void splitsLooseArabicTextAtDoubleLineBreaks() {
        ExtractedDocument doc = read(AR_PAGE);

        assertThat(doc.blocks()).extracting(Block::role).containsExactly(ParagraphRole.TITLE, ParagraphRole.STANDFIRST,
                ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.BODY, ParagraphRole.BODY);
        assertThat(doc.blocks().get(2).text()).startsWith("بغداد - أعلنت وزارة الداخلية العراقية، الأربعاء،");
        assertThat(doc.blocks().get(4).text()).contains("نحو 40 كيلوغراما من المواد المتفجرة");
        assertThat(allText(doc)).doesNotContain("إعلان", "أخبار ذات صلة", "الأكثر قراءة", "واتساب", "الرئيسية");
    }

    @Test
    void arabicArticleKeepsExcerptAsStandfirstAndDropsReadAlsoTagsAndComments() {
        ExtractedDocument doc = read(AR_ARTICLE_PAGE);

        assertThat(doc.blocks()).extracting(Block::role).startsWith(ParagraphRole.TITLE, ParagraphRole.STANDFIRST)
                .hasSize(7);
        assertThat(doc.blocks().get(1).text()).startsWith("الجيش المالي يقول إن المهاجمين");
        assertThat(doc.byline()).isEqualTo("بقلم: ليلى حسن");
        assertThat(allText(doc)).doesNotContain("اقرأ أيضا", "الأمم المتحدة تحذر", "التعليقات",
                "رحم الله", "تلغرام", "اقتصاد", "أفريقيا", "13 يونيو 2025");
    }

    @Test
    void sourcePathAndOffsetLeadBackToTheParagraphInTheOriginalPage() {
        for (String fixture : new String[] {EN_PAGE, AR_PAGE, AR_ARTICLE_PAGE}) {
            byte[] bytes = Fixtures.bytes(fixture);
            Document original = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            for (Block block : HtmlExtractor.extract(bytes).blocks()) {
                Element source = original.selectFirst(block.source().cssPath());
                assertThat(source).as(block.source().cssPath()).isNotNull();
                String fromOffset = textContent(source).substring(block.source().offset());
                assertThat(fromOffset.replaceAll("\\s+", " ")).startsWith(block.text());
            }
        }
    }

    /** The DOM's {@code textContent}: the text nodes in order, nothing for {@code <br>}. */
    private static String textContent(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }, element);
        return text.toString();
    }

    @Test
    void aBodyClassLikeNavOpenDoesNotHideTheArticle() {
        String html = "<html><body class='nav-open'><h1>Three hurt in Leeds crash</h1>"
                + "<p>Three people were hurt when a bus hit a lorry in Leeds on Friday, police said.</p></body></html>";

        assertThat(HtmlExtractor.extract(html).blocks()).hasSize(2);
    }
}

package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.exactly;
import static org.corroborate.verify.Fixtures.hit;
import static org.corroborate.verify.Fixtures.killed;

import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.Span;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.PlaceAncestors;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class CheckReportFormatsTest {
    private static final String TEXT = "Nine people were killed. Four <b>people</b> were killed elsewhere.";

    private static CheckReport report() {
        CountClaim nine = withSpan(killed(exactly(9)), "c1", 0, 23);
        CountClaim four = withSpan(killed(exactly(4)), "c2", 25, 66);
        List<Claim> claims = List.of(nine, four);
        CheckedArticle article = CheckedArticle.ofText("a-1", null, Language.EN, NOV_2, TEXT);
        List<ClaimHits> hits = List.of(
                new ClaimHits("c1", List.of(hit("r1", "Wire A", NOV_2, killed(exactly(9)))), null),
                new ClaimHits("c2", List.of(hit("r2", "Wire <B>", NOV_2, killed(exactly(7)))), null));
        return ArticleCheck.withDefaults(PlaceAncestors.NONE, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds()).compare(article, claims, hits);
    }

    private static CountClaim withSpan(CountClaim c, String id, int start, int end) {
        return new CountClaim(id, c.action(), c.count(), c.subject(), c.event(), c.date(), c.location(), c.partOf(),
                TEXT.substring(start, end), new Span(start, end), false);
    }

    @Test
    void jsonIsTheExtractJsonWithTheCheckFieldsOfTheContract() {
        JsonNode json = CheckReportJson.tree(report());

        assertThat(json.get("article").get("lang").asText()).isEqualTo("en");
        assertThat(json.get("article").get("published").asText()).isEqualTo("2026-11-02");
        JsonNode claim = json.get("claims").get(1);
        assertThat(claim.fieldNames()).toIterable().contains("id", "type", "action", "count", "span", "verdict",
                "evidence", "agree_count", "disagree_count", "flags", "timeline");
        assertThat(claim.at("/flags/0").fieldNames()).toIterable()
                .containsExactly("id", "kind", "severity", "message", "evidence");
        assertThat(claim.at("/evidence/0").fieldNames()).toIterable()
                .contains("report_id", "source", "published", "url", "lang", "claim", "snippet", "marks", "agrees");
        assertThat(json.get("summary").toString())
                .isEqualTo("{\"claims\":2,\"corroborated\":1,\"contradicted\":1,\"unverified\":0,\"flags\":1}");
    }

    @Test
    void textPutsContradictedClaimsAndTheirFlagsFirst() {
        String text = CheckReportText.write(report());

        assertThat(text.indexOf("[c2] CONTRADICTED")).isLessThan(text.indexOf("[c1] CORROBORATED"));
        assertThat(text).contains("[c2] CONTRADICTED: Four <b>people</b> were killed elsewhere.\n"
                + "  ! count_mismatch (high): Wire <B> (2026-11-02): 7 killed; this article: 4 killed\n");
    }

    @Test
    void htmlEscapesReportAndArticleText() {
        String html = CheckReportHtml.write(report());

        assertThat(html).doesNotContain("<b>", "<B>").contains("&lt;b&gt;people&lt;/b&gt;", "Wire &lt;B&gt;");
    }

    @Test
    void snippetMarksBecomeMarkElementsAroundEscapedText() {
        assertThat(CheckReportHtml.marked("a <9> b", List.of(new Span(3, 4)))).isEqualTo("a &lt;<mark>9</mark>&gt; b");
    }
}

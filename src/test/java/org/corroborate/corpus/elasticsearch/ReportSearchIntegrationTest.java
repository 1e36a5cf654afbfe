package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.CountClaim.Count;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.CorpusFixtures;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.ReportHit;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A batch of an article's claims looked up in one _msearch, each with its own hits. */
@ExtendWith(LocalElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSearchIntegrationTest {
    private static final IndexSettings INDEX = new IndexSettings("it-report-search", 1, 0);
    private ElasticsearchCorpus corpus;

    @BeforeAll
    void indexTheFixtureFeedWithItsClaims(URI es) {
        corpus = ElasticsearchCorpus.connect(EsSettings.of(es), INDEX);
        corpus.ensureIndex();
        corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(CorpusFixtures.path("reports.jsonl")),
                CorpusClaims.SOURCE, CorpusClaims.PLACES, IndexListener.NONE);
    }

    @AfterAll
    void close() {
        corpus.close();
    }

    private static List<String> ids(ClaimHits hits) {
        return hits.hits().stream().map(h -> h.id().value()).toList();
    }

    @Test
    void answersEachClaimOfABatchInOrder() {
        var killed = CorpusClaims.count("c1", Action.KILLED, Count.exactly(17), Category.CIVILIANS, EventKind.AIRSTRIKE,
                "2025-11-23", "sy-idlib-saraqeb", "مقتل 17 مدنياً في غارة على سراقب");
        var arrested = CorpusClaims.count("c2", Action.ARRESTED, Count.exactly(10), Category.PEOPLE, null, null, null,
                "اعتقال عشرة أشخاص");
        var kidnapped = CorpusClaims.count("c3", Action.KIDNAPPED, Count.exactly(3), Category.WORKERS, null, null, null,
                "خطف ثلاثة عمال");
        var quote = new QuoteClaim("c4", "No one would be above the law",
                new QuoteClaim.Speaker("the interior minister", "minister-interior", null), true, null,
                "\"No one would be above the law,\" the interior minister said.", new Span(0, 60), false);

        List<ClaimHits> results = corpus.search(CorpusClaims.PLACES).search(List.of(
                ClaimQuery.of(killed, Language.AR), ClaimQuery.of(arrested, Language.AR),
                ClaimQuery.of(kidnapped, Language.AR), ClaimQuery.of(quote, Language.EN)));

        assertThat(results).extracting(ClaimHits::key).containsExactly("c1", "c2", "c3", "c4");
        assertThat(results).allSatisfy(r -> assertThat(r.error()).isNull());
        // the flood (killed 2 children) is another kind of event; the clashes of the 27th are out of the window
        assertThat(ids(results.get(0))).containsExactlyInAnyOrder("wire-ar-0001", "wire-en-0001");
        assertThat(ids(results.get(1))).containsExactly("wire-ar-0002");
        assertThat(results.get(2).hits()).isEmpty();
        assertThat(ids(results.get(3))).containsExactly("wire-en-0003");
    }

    @Test
    void returnsTheReportsClaimsOfTheSameActionAndItsMetadata() {
        var killed = CorpusClaims.count("c1", Action.KILLED, Count.exactly(17), Category.CIVILIANS, EventKind.AIRSTRIKE,
                "2025-11-24", "sy-idlib", "17 killed in Idlib province");

        ClaimHits hits = corpus.search(CorpusClaims.PLACES).search(List.of(ClaimQuery.of(killed, Language.EN))).get(0);

        ReportHit arabic = hits.hits().stream().filter(h -> h.id().value().equals("wire-ar-0001")).findFirst().orElseThrow();
        assertThat(arabic.source()).isEqualTo("wakala-a");
        assertThat(arabic.lang()).isEqualTo(Language.AR);
        assertThat(arabic.published()).hasToString("2025-11-24");
        assertThat(arabic.title()).startsWith("مقتل خمسة عشر");
        assertThat(arabic.claims()).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "killed").containsEntry("count_min", 15).containsEntry("claim_id", "c1"));
    }

    /** Issue 6: the comparison drops an undated claim of a report published outside [date, date + 3 days]; so does the lookup. */
    @Test
    void aDatedClaimFindsAnUndatedStoredClaimOnlyInAReportPublishedWithinTheWindowAfterItsDate() {
        // wire-ar-0002 (published 2025-11-25) arrested twelve people on no date it gives
        var sameWeek = CorpusClaims.count("c1", Action.ARRESTED, Count.exactly(12), Category.PEOPLE, EventKind.RAID,
                "2025-11-23", null, "اعتقال اثني عشر شخصاً");
        var weekBefore = CorpusClaims.count("c2", Action.ARRESTED, Count.exactly(12), Category.PEOPLE, EventKind.RAID,
                "2025-11-18", null, "اعتقال اثني عشر شخصاً");
        var dayAfter = CorpusClaims.count("c3", Action.ARRESTED, Count.exactly(12), Category.PEOPLE, EventKind.RAID,
                "2025-11-26", null, "اعتقال اثني عشر شخصاً");

        List<ClaimHits> results = corpus.search(CorpusClaims.PLACES).search(List.of(ClaimQuery.of(sameWeek, Language.AR),
                ClaimQuery.of(weekBefore, Language.AR), ClaimQuery.of(dayAfter, Language.AR)));

        assertThat(ids(results.get(0))).containsExactly("wire-ar-0002");
        assertThat(results.get(0).hits().get(0).claims()).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("count_value", 12).doesNotContainKey("date"));
        assertThat(results.get(1).hits()).isEmpty();
        assertThat(results.get(2).hits()).as("published the day before the date: not a report of it").isEmpty();
    }

    @Test
    void quotesAreLookedUpInTheArticlesLanguageOnly() {
        var quote = new QuoteClaim("c1", "no one will be above the law",
                new QuoteClaim.Speaker("وزير الداخلية", null, null), true, null, "text", new Span(0, 4), false);

        assertThat(corpus.search(CorpusClaims.PLACES).search(List.of(ClaimQuery.of(quote, Language.AR))).get(0).hits())
                .isEmpty();
    }
}

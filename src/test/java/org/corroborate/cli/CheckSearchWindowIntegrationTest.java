package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.testing.LocalElasticsearch;
import org.corroborate.verify.ArticleCheck;
import org.corroborate.verify.CheckedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An undated claim is looked up only among reports published near the article, so that in a large
 * corpus the 20 hits of a claim are not spent on other weeks' events (issue 6).
 */
@ExtendWith(LocalElasticsearch.class)
class CheckSearchWindowIntegrationTest {
    private static final String PREFIX = "it-check-window";

    @Test
    void anUndatedClaimFindsOnlyReportsPublishedNearTheArticle(URI es, @TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"near\", \"source\": \"Wire A\", \"lang\": \"en\", \"published\": \"2026-11-12\","
                        + " \"text\": \"Three Palestinians were killed in the raid.\"}",
                "{\"id\": \"week-before\", \"source\": \"Wire B\", \"lang\": \"en\", \"published\": \"2026-11-05\","
                        + " \"text\": \"Six Palestinians were killed in the raid.\"}", ""), StandardCharsets.UTF_8);
        assertThat(CliRun.of("index", feed.toString(), "--es", es.toString(), "--index-prefix", PREFIX).exit()).isZero();
        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        String text = "Six Palestinians were killed in the raid.";
        List<Claim> claims = new ClaimExtractor(packs).extract(text, Language.EN, LocalDate.of(2026, 11, 13));
        CheckedArticle article = CheckedArticle.ofText("a", null, Language.EN, LocalDate.of(2026, 11, 13), text);
        ArticleCheck check = ArticleCheck.withDefaults(PlaceAncestors.NONE, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds());

        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es),
                IndexSettings.fromEnvironment(PREFIX, es, System.getenv()))) {
            List<ClaimHits> hits = corpus.search(PlaceAncestors.NONE).search(check.queries(article, claims));

            assertThat(hits).singleElement().satisfies(h -> assertThat(h.hits())
                    .extracting(hit -> hit.id().value()).containsExactly("near"));
        }
    }
}

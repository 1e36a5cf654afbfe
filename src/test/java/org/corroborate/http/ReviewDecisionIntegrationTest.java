package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/v1/review/{id}/decision}: accept, dismiss (with a reason), reopen, and no decision lost. */
@ExtendWith(LocalElasticsearch.class)
class ReviewDecisionIntegrationTest {
    private static ApiFixture api;
    private static ApiFixture other;

    @BeforeAll
    static void start(EsSettings es) {
        api = ApiFixture.start(es, "it-http-review");
        other = ApiFixture.secondInstance(api);
        api.loadDemoCorpus();
    }

    @AfterAll
    static void stop() {
        other.close();
        api.close();
    }

    /** A fresh open item: the demo article's count_mismatch, under a new article id. */
    private static JsonNode openItem() {
        String id = "cms-" + UUID.randomUUID();
        HttpResponse<String> r = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiFixture.json(api.get("/api/v1/review?article=" + id, Role.EDITOR)).at("/items/0");
    }

    private static HttpResponse<String> decide(ApiFixture on, JsonNode item, String decision, String version,
                                               String reason) {
        Map<String, Object> body = reason == null ? Map.of("decision", decision, "version", version)
                : Map.of("decision", decision, "version", version, "reason", reason);
        return on.post("/api/v1/review/" + item.path("id").asText() + "/decision", Role.EDITOR, body);
    }

    @Test
    void acceptingClosesTheItemAndRecordsWhoAndWhen() {
        JsonNode item = openItem();
        HttpResponse<String> r = decide(api, item, "accept", item.path("version").asText(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode updated = ApiFixture.json(r);
        assertThat(updated.path("status").asText()).isEqualTo("accepted");
        assertThat(updated.path("version").asText()).isNotEqualTo(item.path("version").asText());
        assertThat(updated.at("/audit/0/action").asText()).isEqualTo("accept");
        assertThat(updated.at("/audit/0/by").asText()).startsWith("editor-");
        assertThat(updated.at("/audit/0/at").asText()).isNotBlank();
        assertThat(ApiFixture.json(api.get("/api/v1/review?status=accepted&article=" + item.path("article_id").asText(),
                Role.EDITOR)).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void dismissingWithoutAReasonIs400() {
        JsonNode item = openItem();
        JsonNode p = ApiAccessIntegrationTest.assertProblem(decide(api, item, "dismiss", item.path("version").asText(), null), 400);
        assertThat(p.path("type").asText()).endsWith(":reason-required");
    }

    @Test
    void dismissedItemsCanBeReopened() {
        JsonNode item = openItem();
        JsonNode dismissed = ApiFixture.json(decide(api, item, "dismiss", item.path("version").asText(),
                "the Monitor counted only the guards charged, not all arrested"));
        assertThat(dismissed.path("status").asText()).isEqualTo("dismissed");
        assertThat(dismissed.at("/audit/0/reason").asText()).startsWith("the Monitor");

        HttpResponse<String> reopened = decide(api, item, "reopen", dismissed.path("version").asText(), null);
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonNode open = ApiFixture.json(reopened);
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.path("audit")).hasSize(2);
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersion() {
        JsonNode item = openItem();
        JsonNode accepted = ApiFixture.json(decide(api, item, "accept", item.path("version").asText(), null));
        JsonNode p = ApiAccessIntegrationTest.assertProblem(
                decide(api, item, "reopen", item.path("version").asText(), null), 409);
        assertThat(p.path("current_version").asText()).isEqualTo(accepted.path("version").asText());
    }

    @Test
    void anUnknownItemIs404() {
        ApiAccessIntegrationTest.assertProblem(api.post("/api/v1/review/no-such-item/decision", Role.EDITOR,
                Map.of("decision", "accept", "version", "0:1")), 404);
    }

    @Test
    void anUnknownDecisionIs400() {
        JsonNode item = openItem();
        ApiAccessIntegrationTest.assertProblem(decide(api, item, "approve", item.path("version").asText(), null), 400);
    }

    @RepeatedTest(3)
    void twoInstancesRacingOnOneItemLetExactlyOneDecisionWin() throws Exception {
        JsonNode item = openItem();
        String version = item.path("version").asText();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> racers = List.of(
                () -> {
                    go.await();
                    return decide(api, item, "accept", version, null);
                },
                () -> {
                    go.await();
                    return decide(other, item, "dismiss", version, "a duplicate of an earlier flag");
                });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> racer : racers) {
                futures.add(pool.submit(racer));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                statuses.add(f.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = ApiFixture.json(api.get("/api/v1/review?status=accepted&article=" + item.path("article_id")
                .asText(), Role.EDITOR));
        JsonNode dismissed = ApiFixture.json(api.get("/api/v1/review?status=dismissed&article=" + item.path("article_id")
                .asText(), Role.EDITOR));
        assertThat(stored.path("total").asInt() + dismissed.path("total").asInt()).isEqualTo(1);
        JsonNode winner = stored.path("total").asInt() == 1 ? stored.at("/items/0") : dismissed.at("/items/0");
        assertThat(winner.path("audit")).hasSize(1);
    }

    @Test
    void theQueueIsPagedWithACursorAndSortedBySeverity() {
        openItem();
        openItem();
        JsonNode first = ApiFixture.json(api.get("/api/v1/review?limit=1", Role.EDITOR));
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(2);
        String next = first.path("next").asText();
        JsonNode second = ApiFixture.json(api.get("/api/v1/review?limit=1&cursor=" + next, Role.EDITOR));
        assertThat(second.at("/items/0/id").asText()).isNotEqualTo(first.at("/items/0/id").asText());
        assertThat(first.at("/items/0/severity").asText()).isEqualTo("high");
    }
}

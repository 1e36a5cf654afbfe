package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.keys.elasticsearch.ElasticsearchKeyStore;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 7 "under load and faults": two server instances on one Elasticsearch and prefix, many
 * editors deciding the same items on the same version through both at once, round after round.
 * Each round, exactly one decision per item is written (200); every other is 409 naming the
 * winner's version; the item's audit trail holds exactly the winners, in order — none lost.
 */
@ExtendWith(LocalElasticsearch.class)
class DecisionRaceIntegrationTest {
    private static final int ITEMS = 4;
    private static final int RACERS = 8;
    private static ApiFixture first;
    private static ApiFixture second;
    /** One editor key per racer, so that the audit trail tells who won. */
    private static final Map<String, String> racerKeys = new HashMap<>();

    @BeforeAll
    static void start(EsSettings es) {
        first = ApiFixture.start(es, "it-http-race");
        second = ApiFixture.secondInstance(first);
        first.loadDemoCorpus();
        try (ElasticsearchKeyStore keys = ElasticsearchKeyStore.open(es, first.prefix)) {
            for (int i = 0; i < RACERS; i++) {
                String name = "racer-" + i + "-" + System.nanoTime();
                racerKeys.put(name, keys.create(name, Role.EDITOR).secret());
            }
        }
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private record Attempt(String item, String racer, HttpResponse<String> response) {
    }

    @Test
    void eachRoundExactlyOneDecisionPerItemWinsAndTheAuditHasEveryWinner() throws Exception {
        Map<String, String> versions = new HashMap<>();
        for (int i = 0; i < ITEMS; i++) {
            JsonNode item = openItem();
            versions.put(item.path("id").asText(), item.path("version").asText());
        }
        Map<String, List<String>> winners = new HashMap<>();
        String[] rounds = {"close", "reopen", "close"};
        for (String round : rounds) {
            List<Attempt> attempts = race(versions, round);
            for (String id : versions.keySet()) {
                List<Attempt> mine = attempts.stream().filter(a -> a.item().equals(id)).toList();
                List<Attempt> won = mine.stream().filter(a -> a.response().statusCode() == 200).toList();
                assertThat(won).as("winners on %s in round %s", id, round).hasSize(1);
                JsonNode winner = ApiFixture.json(won.get(0).response());
                String newVersion = winner.path("version").asText();
                assertThat(newVersion).isNotEqualTo(versions.get(id));
                for (Attempt lost : mine) {
                    if (lost != won.get(0)) {
                        JsonNode p = ApiAccessIntegrationTest.assertProblem(lost.response(), 409);
                        assertThat(p.path("current_version").asText()).isEqualTo(newVersion);
                    }
                }
                winners.computeIfAbsent(id, k -> new ArrayList<>()).add(won.get(0).racer());
                versions.put(id, newVersion);
            }
        }
        for (String id : versions.keySet()) {
            JsonNode stored = storedItem(id);
            assertThat(stored.path("version").asText()).isEqualTo(versions.get(id));
            List<String> by = new ArrayList<>();
            stored.path("audit").forEach(a -> by.add(a.path("by").asText()));
            assertThat(by).as("audit of %s", id).containsExactlyElementsOf(winners.get(id));
            assertThat(stored.at("/audit/1/action").asText()).isEqualTo("reopen");
        }
    }

    /** Every racer decides every item at once, half of them through each instance. */
    private static List<Attempt> race(Map<String, String> versions, String round) throws Exception {
        List<String> racers = new ArrayList<>(racerKeys.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(ITEMS * RACERS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Attempt>> futures = new ArrayList<>();
            for (Map.Entry<String, String> item : versions.entrySet()) {
                for (int r = 0; r < racers.size(); r++) {
                    ApiFixture via = r % 2 == 0 ? first : second;
                    String racer = racers.get(r);
                    Map<String, Object> body = body(round, r, item.getValue());
                    futures.add(pool.submit(() -> {
                        go.await();
                        return new Attempt(item.getKey(), racer, decide(via, item.getKey(), racer, body));
                    }));
                }
            }
            go.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> f : futures) {
                attempts.add(f.get(120, TimeUnit.SECONDS));
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> body(String round, int racer, String version) {
        if (round.equals("reopen")) {
            return Map.of("decision", "reopen", "version", version);
        }
        return racer % 3 == 0 ? Map.of("decision", "dismiss", "version", version, "reason", "racer " + racer + " disagrees")
                : Map.of("decision", "accept", "version", version);
    }

    private static HttpResponse<String> decide(ApiFixture via, String id, String racer, Map<String, Object> body)
            throws Exception {
        return via.send(via.request("/api/v1/review/" + id + "/decision", null)
                .header("Authorization", "Bearer " + racerKeys.get(racer))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiFixture.JSON.writeValueAsString(body))));
    }

    private static JsonNode openItem() {
        String id = "race-" + UUID.randomUUID();
        HttpResponse<String> r = first.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode page = ApiFixture.json(first.get("/api/v1/review?article=" + id, Role.EDITOR));
        assertThat(page.path("total").asInt()).isEqualTo(1);
        return page.at("/items/0");
    }

    /** The item as stored, read through the other instance, whatever its status. */
    private static JsonNode storedItem(String id) {
        for (String status : List.of("open", "accepted", "dismissed")) {
            JsonNode page = ApiFixture.json(second.get("/api/v1/review?status=" + status + "&limit=200", Role.EDITOR));
            for (JsonNode item : page.path("items")) {
                if (item.path("id").asText().equals(id)) {
                    return item;
                }
            }
        }
        throw new AssertionError("item " + id + " is in no queue");
    }
}

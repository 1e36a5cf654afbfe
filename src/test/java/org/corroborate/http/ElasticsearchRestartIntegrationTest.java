package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.elasticsearch.Clients;
import org.corroborate.keys.Role;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 7 "under load and faults": Elasticsearch restarted under a running server. The test runs
 * its own node (the shared one must live on), stops it while one server instance keeps running,
 * then starts it again on the same port and data folder: meanwhile every route that needs
 * Elasticsearch answers 503 with {@code Retry-After} within seconds, {@code /health} says so, and
 * afterwards the very same server answers again with what was stored before.
 */
class ElasticsearchRestartIntegrationTest {
    /** How long a request may take while the node is down: far below the 60 s check timeout. */
    private static final Duration DOWN_ANSWER_WITHIN = Duration.ofSeconds(10);

    @Test
    void answers503WhileElasticsearchIsDownAndRecoversWithoutARestart() throws Exception {
        Path data = LocalElasticsearch.newDataDir("corroborate-restart-");
        int port = LocalElasticsearch.freePort();
        Attached node = LocalNode.startAttached(data, port);
        ApiFixture api = null;
        try {
            api = ApiFixture.start(EsSettings.of(node.url()), "it-restart");
            api.loadDemoCorpus();
            HttpResponse<String> first = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("restart-1", "1"));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            JsonNode item = ApiFixture.json(api.get("/api/v1/review?article=restart-1", Role.EDITOR)).at("/items/0");
            assertThat(item.path("status").asText()).isEqualTo("open");

            node.close();
            assertDown(api, item);

            node = LocalNode.startAttached(data, port);
            assertThat(node.url().getPort()).isEqualTo(port);
            assertRecovered(api, item);
        } finally {
            closeAll(api, node, data);
        }
    }

    /**
     * A node that hangs (stopped with SIGSTOP: the port still accepts connections, nothing answers)
     * is the slow case: the server's client gives up after its response timeout, so a request is a
     * 503 within seconds instead of waiting for the node, and {@code /health} says so within its own
     * bound. Once the node runs again, the same server answers.
     */
    @Test
    void aHungNodeIs503WithinTheClientTimeouts() throws Exception {
        Path data = LocalElasticsearch.newDataDir("corroborate-hung-");
        Attached node = LocalNode.startAttached(data, LocalElasticsearch.freePort());
        ApiFixture api = null;
        ProcessHandle elasticsearch = null;
        try {
            api = ApiFixture.start(EsSettings.of(node.url()), "it-hung");
            api.loadDemoCorpus();
            HttpResponse<String> first = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("hung-1", "1"));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            elasticsearch = elasticsearchOf(data);
            signal("STOP", elasticsearch);

            ApiFixture down = api;
            HttpResponse<String> health = timed(() -> down.get("/health", null), ApiServer.HEALTH_WAIT.plusSeconds(4));
            assertThat(health.statusCode()).isEqualTo(503);
            Duration clientGivesUp = Clients.Timeouts.SERVE.response().plusSeconds(5);
            assertUnavailable(timed(() -> down.get("/api/v1/checks/hung-1@1", Role.CMS), clientGivesUp));
            assertUnavailable(timed(() -> down.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("hung-2", "1")),
                    clientGivesUp));

            signal("CONT", elasticsearch);
            elasticsearch = null;
            awaitHealthy(api);
            HttpResponse<String> stored = api.get("/api/v1/checks/hung-1@1", Role.CMS);
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        } finally {
            if (elasticsearch != null) {
                signal("CONT", elasticsearch);
            }
            closeAll(api, node, data);
        }
    }

    /** Stops the server and the node, and removes the node's data folder. */
    private static void closeAll(ApiFixture api, Attached node, Path data) {
        if (api != null) {
            api.close();
        }
        node.close();
        try {
            LocalElasticsearch.deleteTree(data);
        } catch (java.io.IOException e) {
            System.err.println("left behind: " + data + " (" + e + ")");
        }
    }

    /** The Elasticsearch JVM under the launcher of the node in {@code data}. */
    private static ProcessHandle elasticsearchOf(Path data) {
        ProcessHandle launcher = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.corroborate.localnode.launcher.Launcher")
                        && c.contains(data.toString())).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no launcher for " + data));
        return launcher.descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.elasticsearch.bootstrap.Elasticsearch"))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no Elasticsearch under launcher " + launcher.pid()));
    }

    private static void signal(String signal, ProcessHandle process) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        assertThat(exit).as("kill -" + signal + " " + process.pid()).isZero();
    }

    private static void awaitHealthy(ApiFixture api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> health = api.get("/health", null);
        while (health.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            health = api.get("/health", null);
        }
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(ApiFixture.json(health).path("elasticsearch").asText()).isEqualTo("reachable");
    }

    private static void assertDown(ApiFixture api, JsonNode item) {
        HttpResponse<String> health = timed(() -> api.get("/health", null));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(ApiFixture.json(health).path("elasticsearch").asText()).isEqualTo("unreachable");
        assertUnavailable(timed(() -> api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("restart-2", "1"))));
        assertUnavailable(timed(() -> api.get("/api/v1/checks/restart-1@1", Role.CMS)));
        assertUnavailable(timed(() -> api.get("/api/v1/review", Role.EDITOR)));
        assertUnavailable(timed(() -> api.post("/api/v1/review/" + item.path("id").asText() + "/decision",
                Role.EDITOR, Map.of("decision", "accept", "version", item.path("version").asText()))));
    }

    /** 503 with Retry-After and a problem body: not 500, and not 401 because the key could not be looked up. */
    private static void assertUnavailable(HttpResponse<String> r) {
        JsonNode p = ApiAccessIntegrationTest.assertProblem(r, 503);
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(p.path("type").asText()).isEqualTo("urn:corroborate:problem:es-unreachable");
        assertThat(p.path("detail").asText()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertRecovered(ApiFixture api, JsonNode item) throws InterruptedException {
        awaitHealthy(api);

        HttpResponse<String> stored = api.get("/api/v1/checks/restart-1@1", Role.CMS);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(ApiFixture.json(stored).path("id").asText()).isEqualTo("restart-1@1");
        JsonNode queue = ApiFixture.json(api.get("/api/v1/review?article=restart-1", Role.EDITOR));
        assertThat(queue.path("total").asInt()).isPositive();
        assertThat(queue.at("/items/0/id").asText()).isEqualTo(item.path("id").asText());

        HttpResponse<String> decided = api.post("/api/v1/review/" + item.path("id").asText() + "/decision",
                Role.EDITOR, Map.of("decision", "accept", "version", item.path("version").asText()));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpResponse<String> again = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("restart-1", "1"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        HttpResponse<String> fresh = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck("restart-2", "1"));
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(201);
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        return timed(request, DOWN_ANSWER_WITHIN);
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request, Duration within) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.err.println("while down or hung: " + r.request().method() + " " + r.uri().getPath() + " -> " + r.statusCode()
                + " in " + took.toMillis() + " ms: " + r.body());
        assertThat(took).as(r.uri().getPath()).isLessThan(within);
        return r;
    }
}

package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** Who may call what (issue 7 "Access"), limits, and errors as problem+json. */
@ExtendWith(LocalElasticsearch.class)
class ApiAccessIntegrationTest {
    private static ApiFixture api;

    @BeforeAll
    static void start(EsSettings es) {
        api = ApiFixture.start(es, "it-http-access");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void healthNeedsNoKeyAndSaysElasticsearchIsReachable() {
        HttpResponse<String> r = api.get("/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ApiFixture.json(r).path("elasticsearch").asText()).isEqualTo("reachable");
    }

    @Test
    void noKeyIs401WithBearerChallenge() {
        HttpResponse<String> r = api.get("/api/v1/review", null);
        assertProblem(r, 401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void unknownKeyIs401() {
        HttpResponse<String> r = api.send(api.request("/api/v1/review", null)
                .header("Authorization", "Bearer crb_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").GET());
        assertProblem(r, 401);
        HttpResponse<String> garbage = api.send(api.request("/api/v1/review", null)
                .header("Authorization", "Bearer not-a-key").GET());
        assertProblem(garbage, 401);
    }

    @Test
    void eachRoleReachesOnlyItsRoutes() {
        assertThat(api.get("/api/v1/review", Role.EDITOR).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/v1/review", Role.CMS), 403);
        assertProblem(api.post("/api/v1/checks", Role.EDITOR, "{}"), 403);
        assertProblem(api.post("/api/v1/reports", Role.EDITOR, "[]"), 403);
        assertProblem(api.get("/metrics", Role.EDITOR), 403);
        assertProblem(api.get("/metrics", Role.CMS), 403);
        assertThat(api.get("/api/v1/review", Role.ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreInPrometheusTextFormatForAdmins() {
        api.get("/health", null);
        HttpResponse<String> r = api.get("/metrics", Role.ADMIN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(r.body()).contains("# TYPE corroborate_http_requests_total counter")
                .contains("corroborate_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"}");
    }

    @Test
    void badJsonIs400Problem() {
        HttpResponse<String> r = api.post("/api/v1/checks", Role.CMS, "{\"id\": ");
        JsonNode p = assertProblem(r, 400);
        assertThat(p.path("type").asText()).endsWith(":bad-json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void missingRevisionIs400Problem() {
        assertProblem(api.post("/api/v1/checks", Role.CMS, "{\"id\": \"a1\", \"text\": \"x\"}"), 400);
    }

    @Test
    void anIdTooLongForAnElasticsearchDocumentIdIs400Problem() {
        String id = "م".repeat(250); // 250 characters, 500 bytes in UTF-8
        assertProblem(api.post("/api/v1/checks", Role.CMS, java.util.Map.of("id", id, "revision", "1", "text", "نص")), 400);
    }

    @Test
    void unknownRouteIs404Problem() {
        assertProblem(api.get("/api/v1/nothing-here", Role.ADMIN), 404);
    }

    @Test
    void unknownCheckReportIs404Problem() {
        assertProblem(api.get("/api/v1/checks/never-seen@1", Role.CMS), 404);
    }

    @Test
    void bodyOverTheLimitIs413(EsSettings es) {
        try (ApiFixture small = ApiFixture.start(new ServeSettings(es, "it-http-access-small", 2_000, 600,
                Duration.ofSeconds(60)))) {
            HttpResponse<String> r = small.post("/api/v1/checks", Role.CMS,
                    "{\"id\": \"a\", \"revision\": \"1\", \"text\": \"" + "x".repeat(5_000) + "\"}");
            assertProblem(r, 413);
        }
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter(EsSettings es) {
        try (ApiFixture limited = ApiFixture.start(new ServeSettings(es, "it-http-access-rate", 1_000_000, 3,
                Duration.ofSeconds(60)))) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.get("/api/v1/review", Role.EDITOR).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> r = limited.get("/api/v1/review", Role.EDITOR);
            assertProblem(r, 429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(limited.get("/api/v1/review", Role.ADMIN).statusCode()).as("another key").isEqualTo(200);
        }
    }

    @Test
    void aCheckWhileTheCorpusIsUnreachableIs503WithRetryAfter(EsSettings es) throws Exception {
        int deadPort = LocalElasticsearch.freePort();
        EsSettings dead = EsSettings.of(java.net.URI.create("http://127.0.0.1:" + deadPort));
        var packs = ApiFixture.packs();
        var places = org.corroborate.cli.Checker.places(packs);
        var checker = new org.corroborate.cli.Checker(packs, places);
        try (ApiServer server = ApiServer.create(ServeSettings.defaults(es, "it-http-access"), packs, places,
                a -> checker.check(a, dead, "it-http-access")).start(0)) {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + server.port() + "/api/v1/checks"))
                    .header("Authorization", "Bearer " + api.keys.get(Role.CMS))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiFixture.JSON.writeValueAsString(
                            ApiFixture.demoCheck("unreachable-" + System.nanoTime(), "1")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode p = assertProblem(r, 503);
            assertThat(p.path("type").asText()).endsWith(":es-unreachable");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
    }

    static JsonNode assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        JsonNode p = ApiFixture.json(r);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("type").asText()).startsWith("urn:corroborate:problem:");
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        return p;
    }

}

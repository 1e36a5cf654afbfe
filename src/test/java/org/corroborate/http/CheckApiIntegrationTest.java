package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/v1/checks} and what follows from it: stored reports, review items, hooks. */
@ExtendWith(LocalElasticsearch.class)
class CheckApiIntegrationTest {
    private static ApiFixture api;

    @BeforeAll
    static void start(EsSettings es) {
        api = ApiFixture.start(es, "it-http-checks");
        api.loadDemoCorpus();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String newArticleId() {
        return "cms-" + UUID.randomUUID();
    }

    @Test
    void firstSubmissionIs201ThenTheStoredReportThenConflictOnOtherContent() {
        String id = newArticleId();
        HttpResponse<String> first = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode report = ApiFixture.json(first);
        assertThat(report.path("id").asText()).isEqualTo(id + "@1");
        assertThat(report.at("/article/id").asText()).isEqualTo(id);
        assertThat(report.at("/summary/flags").asInt()).isEqualTo(1);

        HttpResponse<String> again = api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiFixture.json(again)).isEqualTo(report);

        Map<String, Object> edited = new HashMap<>(ApiFixture.demoCheck(id, "1"));
        edited.put("text", ApiFixture.demo("article.txt").replace("3 من حراس", "4 من حراس"));
        HttpResponse<String> conflict = api.post("/api/v1/checks", Role.CMS, edited);
        ApiAccessIntegrationTest.assertProblem(conflict, 409);

        HttpResponse<String> stored = api.get("/api/v1/checks/" + id + "@1", Role.EDITOR);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(ApiFixture.json(stored)).isEqualTo(report);
    }

    @Test
    void theReportIsTheCliReportWithItsId() {
        String id = newArticleId();
        JsonNode report = ApiFixture.json(api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "r1")));
        assertThat(report.fieldNames()).toIterable().contains("id", "article", "claims", "summary");
        JsonNode arrest = null;
        for (JsonNode c : report.get("claims")) {
            if (c.path("type").asText().equals("arrest")) {
                arrest = c;
            }
        }
        assertThat(arrest).isNotNull();
        assertThat(arrest.path("verdict").asText()).isEqualTo("contradicted");
        assertThat(arrest.at("/flags/0/kind").asText()).isEqualTo("count_mismatch");
        assertThat(arrest.path("evidence")).isNotEmpty();
    }

    @Test
    void everyFlagBecomesAnOpenReviewItem() {
        String id = newArticleId();
        api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        JsonNode queue = ApiFixture.json(api.get("/api/v1/review?article=" + id, Role.EDITOR));
        assertThat(queue.path("total").asInt()).isEqualTo(1);
        JsonNode item = queue.at("/items/0");
        assertThat(item.path("status").asText()).isEqualTo("open");
        assertThat(item.path("kind").asText()).isEqualTo("count_mismatch");
        assertThat(item.path("severity").asText()).isEqualTo("high");
        assertThat(item.path("article_id").asText()).isEqualTo(id);
        assertThat(item.path("revision").asText()).isEqualTo("1");
        assertThat(item.path("lang").asText()).isEqualTo("ar");
        assertThat(item.at("/claim/type").asText()).isEqualTo("arrest");
        assertThat(item.at("/flag/evidence/0").asText()).isEqualTo("demo-r4");
        assertThat(item.at("/evidence/0/source").asText()).isEqualTo("Northern Iraq Monitor");
        assertThat(item.path("version").asText()).isNotBlank();
        assertThat(item.path("created_at").asText()).isNotBlank();
    }

    @Test
    void aNewRevisionSupersedesTheOpenItemsOfTheOldOne() {
        String id = newArticleId();
        api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "1"));
        api.post("/api/v1/checks", Role.CMS, ApiFixture.demoCheck(id, "2"));

        JsonNode open = ApiFixture.json(api.get("/api/v1/review?article=" + id, Role.EDITOR));
        assertThat(open.path("total").asInt()).isEqualTo(1);
        assertThat(open.at("/items/0/revision").asText()).isEqualTo("2");
        JsonNode superseded = ApiFixture.json(api.get("/api/v1/review?status=superseded&article=" + id, Role.EDITOR));
        assertThat(superseded.path("total").asInt()).isEqualTo(1);
        assertThat(superseded.at("/items/0/revision").asText()).isEqualTo("1");
        assertThat(superseded.at("/items/0/audit/0/action").asText()).isEqualTo("supersede");
    }

    @Test
    void aMultipartUploadIsCheckedLikeJson() {
        String id = newArticleId();
        String boundary = "corroborate-test-boundary";
        String meta = "{\"id\": \"" + id + "\", \"revision\": \"1\", \"published\": \"2026-11-25\"}";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + meta + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"article.txt\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + ApiFixture.demo("article.txt") + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> r = api.send(api.request("/api/v1/checks", Role.CMS)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(ApiFixture.json(r).at("/summary/flags").asInt()).isEqualTo(1);
    }

    @Test
    void prePublishBlocksWhileAHighFlagIsOpen() {
        String id = newArticleId();
        HttpResponse<String> saved = api.post("/api/v1/hooks/article-saved", Role.CMS, ApiFixture.demoCheck(id, "7"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(ApiFixture.json(saved).path("open_flags").asInt()).isEqualTo(1);

        JsonNode gate = ApiFixture.json(api.post("/api/v1/hooks/pre-publish", Role.CMS,
                Map.of("id", id, "revision", "7")));
        assertThat(gate.path("open_flags").asInt()).isEqualTo(1);
        assertThat(gate.path("block").asBoolean()).isTrue();
        assertThat(gate.path("review_url").asText()).startsWith("/review?article=");

        JsonNode item = ApiFixture.json(api.get("/api/v1/review?article=" + id, Role.EDITOR)).at("/items/0");
        api.post("/api/v1/review/" + item.path("id").asText() + "/decision", Role.EDITOR,
                Map.of("decision", "accept", "version", item.path("version").asText()));
        JsonNode after = ApiFixture.json(api.post("/api/v1/hooks/pre-publish", Role.CMS,
                Map.of("id", id, "revision", "7")));
        assertThat(after.path("open_flags").asInt()).isZero();
        assertThat(after.path("block").asBoolean()).isFalse();
    }

    @Test
    void prePublishOfAnUncheckedRevisionIs404() {
        ApiAccessIntegrationTest.assertProblem(api.post("/api/v1/hooks/pre-publish", Role.CMS,
                Map.of("id", newArticleId(), "revision", "1")), 404);
    }

    @Test
    void reportsAreAddedFromAJsonArrayWithFailuresPerLine() {
        String body = """
                [{"id": "it-http-r1", "source": "Harbour Gazette", "url": "https://example.org/hg/1", "lang": "en",
                  "published": "2026-10-02", "title": "Ferry fire in Basra port",
                  "text": "BASRA - Two sailors were injured when a fire broke out on a ferry in Basra port on Wednesday, port officials said."},
                 {"id": "it-http-r2", "lang": "en"}]
                """;
        HttpResponse<String> r = api.post("/api/v1/reports", Role.CMS, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode summary = ApiFixture.json(r);
        assertThat(summary.path("indexed").asInt()).isEqualTo(1);
        assertThat(summary.path("failed").asInt()).isEqualTo(1);
        assertThat(summary.at("/failures/0/line").asInt()).isEqualTo(2);
        assertThat(summary.at("/failures/0/reason").asText()).isNotBlank();

        JsonNode again = ApiFixture.json(api.post("/api/v1/reports", Role.CMS, body));
        assertThat(again.path("replaced").asInt()).isEqualTo(1);
    }
}

package org.corroborate.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.corroborate.cli.Checker;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.extract.RuleKinds;
import org.corroborate.keys.Role;
import org.corroborate.keys.elasticsearch.ElasticsearchKeyStore;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A server started in-process on a free port against the shared test node, under its own index
 * prefix, with one key per role ({@code cms}, {@code editor}, {@code admin}) named after the role.
 */
final class ApiFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static RulePacks packs;

    final ApiServer server;
    final String prefix;
    final EsSettings es;
    final Map<Role, String> keys = new EnumMap<>(Role.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiFixture(ApiServer server, String prefix, EsSettings es) {
        this.server = server;
        this.prefix = prefix;
        this.es = es;
    }

    static synchronized RulePacks packs() {
        if (packs == null) {
            packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        }
        return packs;
    }

    static ApiFixture start(EsSettings es, String prefix) {
        return start(ServeSettings.defaults(es, prefix));
    }

    static ApiFixture start(ServeSettings settings) {
        PlaceAncestors places = Checker.places(packs());
        Checker checker = new Checker(packs(), places).serving();
        ApiServer server = ApiServer.create(settings, packs(), places,
                a -> checker.check(a, settings.es(), settings.prefix())).start(0);
        ApiFixture f = new ApiFixture(server, settings.prefix(), settings.es());
        try (ElasticsearchKeyStore store = ElasticsearchKeyStore.open(settings.es(), settings.prefix())) {
            for (Role role : Role.values()) {
                String name = role.wire() + "-" + System.nanoTime();
                f.keys.put(role, store.create(name, role).secret());
            }
        }
        return f;
    }

    /** A new key named {@code name} with {@code role}; returns its secret (the name is what decisions record). */
    String createKey(String name, Role role) {
        try (ElasticsearchKeyStore store = ElasticsearchKeyStore.open(es, prefix)) {
            return store.create(name, role).secret();
        }
    }

    /** Adds another key store lookup: a second instance on the same Elasticsearch and prefix (no new keys). */
    static ApiFixture secondInstance(ApiFixture first) {
        PlaceAncestors places = Checker.places(packs());
        Checker checker = new Checker(packs(), places).serving();
        ApiServer server = ApiServer.create(ServeSettings.defaults(first.es, first.prefix), packs(), places,
                a -> checker.check(a, first.es, first.prefix)).start(0);
        ApiFixture f = new ApiFixture(server, first.prefix, first.es);
        f.keys.putAll(first.keys);
        return f;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    HttpResponse<String> get(String path, Role as) {
        return send(request(path, as).GET());
    }

    HttpResponse<String> post(String path, Role as, String body) {
        return send(request(path, as).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, Role as, Object body) {
        try {
            return post(path, as, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder request(String path, Role as) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        return as == null ? b : b.header("Authorization", "Bearer " + keys.get(as));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's sample corpus (four reports on a Mosul warehouse fire), through {@code POST /api/v1/reports}. */
    void loadDemoCorpus() {
        HttpResponse<String> r = post("/api/v1/reports", Role.CMS, demo("reports.jsonl"));
        if (r.statusCode() != 200 || json(r).path("indexed").asInt() != 4) {
            throw new IllegalStateException("demo corpus not loaded: " + r.statusCode() + " " + r.body());
        }
    }

    static String demo(String name) {
        try (InputStream in = ApiFixture.class.getResourceAsStream("/org/corroborate/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A check body for the demo article: one high-severity flag (3 guards arrested; one report says 2). */
    static Map<String, Object> demoCheck(String id, String revision) {
        return Map.of("id", id, "revision", revision, "text", demo("article.txt"), "published", "2026-11-25");
    }

    @Override
    public void close() {
        server.close();
    }
}

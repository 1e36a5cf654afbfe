package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document and the plugin descriptor say what the server serves: every served route
 * is in the OpenAPI document and the other way round; every endpoint and webhook the descriptor
 * names is served; both are served from the jar with the build's version filled in.
 */
@ExtendWith(LocalElasticsearch.class)
class PluginDescriptorIntegrationTest {
    private static ApiFixture api;

    @BeforeAll
    static void start(EsSettings es) {
        api = ApiFixture.start(es, "it-http-descriptor");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Set<String> served() {
        return new HashSet<>(api.server.routeSignatures());
    }

    @Test
    void everyServedRouteIsInTheOpenApiDocumentAndNothingElse() {
        JsonNode openapi = ApiFixture.json(api.get("/api/v1/openapi.json", Role.CMS));
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(served()).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served());
    }

    @Test
    void theServedOpenApiDocumentIsTheOneInTheRepositoryWithTheVersionFilled() throws IOException {
        JsonNode servedDoc = ApiFixture.json(api.get("/api/v1/openapi.json", Role.EDITOR));
        JsonNode repo = ApiFixture.JSON.readTree(Files.readString(Path.of("plugin-descriptor/openapi.json")));
        assertThat(servedDoc.at("/info/version").asText()).doesNotContain("${").isNotBlank();
        assertThat(servedDoc.get("paths")).isEqualTo(repo.get("paths"));
    }

    @Test
    void everyEndpointAndWebhookOfTheDescriptorIsServed() {
        JsonNode descriptor = ApiFixture.json(api.get("/plugin-descriptor.json", Role.CMS));
        assertThat(descriptor.path("version").asText()).doesNotContain("${").isNotBlank();
        assertThat(descriptor.path("name").asText()).isEqualTo("corroborate");
        assertThat(descriptor.at("/review_page/url").asText()).isEqualTo("/review");
        Set<String> named = new HashSet<>();
        descriptor.path("endpoints").forEach(e -> named.add(e.path("method").asText() + " " + e.path("path").asText()));
        descriptor.path("webhooks").forEach(e -> named.add(e.path("method").asText() + " " + e.path("path").asText()));
        assertThat(named).isNotEmpty();
        assertThat(served()).containsAll(named);
    }

    @Test
    void theDescriptorHasEveryMemberItsSchemaRequires() throws IOException {
        JsonNode schema = ApiFixture.JSON.readTree(Files.readString(Path.of("plugin-descriptor/corroborate-plugin.schema.json")));
        JsonNode descriptor = ApiFixture.JSON.readTree(Files.readString(Path.of("plugin-descriptor/corroborate-plugin.json")));
        schema.path("required").forEach(r -> assertThat(descriptor.has(r.asText())).as(r.asText()).isTrue());
        descriptor.fieldNames().forEachRemaining(f -> assertThat(schema.path("properties").has(f)).as(f).isTrue());
    }
}

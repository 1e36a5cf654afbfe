package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.corroborate.api.InputRejectedException;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

    @Test
    void namesTheAliasAndItsVersionedIndexFromThePrefix() {
        IndexSettings settings = IndexSettings.fromEnvironment(null, URI.create("http://127.0.0.1:9200"), Map.of());
        assertThat(settings.alias()).isEqualTo("corroborate-reports");
        assertThat(settings.index(1)).isEqualTo("corroborate-reports-v1");
    }

    @Test
    void aLocalNodeGetsNoReplicaAndARealClusterOne() {
        assertThat(IndexSettings.fromEnvironment("x", URI.create("http://localhost:9200"), Map.of()).replicas()).isZero();
        assertThat(IndexSettings.fromEnvironment("x", URI.create("https://es.newsroom.example:9243"), Map.of()).replicas())
                .isEqualTo(1);
    }

    @Test
    void theEnvironmentOverridesShardsAndReplicas() {
        IndexSettings settings = IndexSettings.fromEnvironment("x", URI.create("http://127.0.0.1:9200"),
                Map.of("CORROBORATE_ES_REPLICAS", "2", "CORROBORATE_ES_SHARDS", "3"));
        assertThat(settings.replicas()).isEqualTo(2);
        assertThat(settings.shards()).isEqualTo(3);
    }

    @Test
    void refusesAPrefixElasticsearchWouldRefuse() {
        assertThatThrownBy(() -> new IndexSettings("News", 1, 0)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("index prefix");
        assertThatThrownBy(() -> IndexSettings.fromEnvironment("x", URI.create("http://h:1"),
                Map.of("CORROBORATE_ES_REPLICAS", "one"))).hasMessageContaining("CORROBORATE_ES_REPLICAS is not a number");
    }
}

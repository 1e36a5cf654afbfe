package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.util.function.Function;

import org.corroborate.corpus.IndexSettings;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/**
 * A store kept in one Elasticsearch index (checks, review items, keys): its client, its index
 * name and the URL its errors name; closing the store closes the client it owns.
 */
public abstract class IndexStore implements AutoCloseable {
    protected final ElasticsearchClient client;
    protected final String index;
    protected final String url;

    protected IndexStore(ElasticsearchClient client, String index, String url) {
        this.client = client;
        this.index = index;
        this.url = url;
    }

    /**
     * Replicas for a store's index, by the corpus's rule ({@link IndexSettings}: 0 on a loopback URL,
     * else 1; {@code CORROBORATE_ES_REPLICAS} overrides). Issue 7: with Elasticsearch's default of 1
     * on the single local node, these indices stayed yellow, so the node, once restarted, never
     * turned green and {@code es start} gave up.
     */
    protected int replicas() {
        return IndexSettings.fromEnvironment(IndexSettings.DEFAULT_PREFIX, URI.create(url), System.getenv()).replicas();
    }

    /**
     * Creates the store's index with {@code mapping} (unknown fields kept in {@code _source}, not
     * indexed) and {@link #replicas()} unless it exists; another instance winning the race is fine.
     */
    protected void createIndexUnlessExists(Function<TypeMapping.Builder, ObjectBuilder<TypeMapping>> mapping) {
        Calls.run(url, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return null;
            }
            try {
                client.indices().create(c -> c.index(index)
                        .settings(st -> st.numberOfReplicas(Integer.toString(replicas())))
                        .mappings(m -> mapping.apply(m.dynamic(DynamicMapping.False))));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Whether Elasticsearch answers at all (health). */
    public boolean reachable() {
        try {
            return client.ping().value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether Elasticsearch answers and this store's index can be used: its primary shard is
     * assigned (health not red). A node that has just restarted answers before its shards are back.
     */
    public boolean usable() {
        try {
            return client.cluster().health(h -> h.index(index).timeout(t -> t.time("0s"))).status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // nothing left to do with a client that will not close
        }
    }
}

package org.corroborate.corpus.elasticsearch;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

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

    /** Whether Elasticsearch answers at all (health). */
    public boolean reachable() {
        try {
            return client.ping().value();
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

package org.corroborate.review.elasticsearch;

import java.io.IOException;
import java.util.function.Function;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.ElasticsearchUnavailableException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/** One client call, its failures turned into the two kinds a caller can act on; index creation that tolerates a race. */
final class EsCalls {
    private EsCalls() {
    }

    static <T> T run(String url, org.corroborate.corpus.elasticsearch.Calls.Call<T> call) {
        return org.corroborate.corpus.elasticsearch.Calls.run(url, call);
    }

    static boolean isConflict(ElasticsearchException e) {
        return e.status() == 409;
    }

    /**
     * Creates {@code index} with {@code mapping} and {@code replicas} unless it exists; another instance
     * winning the race is fine.
     */
    static void ensureIndex(ElasticsearchClient client, String url, String index, int replicas,
                            Function<TypeMapping.Builder, ObjectBuilder<TypeMapping>> mapping) {
        run(url, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return null;
            }
            try {
                client.indices().create(c -> c.index(index)
                        .settings(st -> st.numberOfReplicas(Integer.toString(replicas))).mappings(mapping));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            return null;
        });
    }
}

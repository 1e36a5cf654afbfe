package org.corroborate.review.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** One client call, its failures turned into the two kinds a caller can act on. */
final class EsCalls {
    private EsCalls() {
    }

    static <T> T run(String url, org.corroborate.corpus.elasticsearch.Calls.Call<T> call) {
        return org.corroborate.corpus.elasticsearch.Calls.run(url, call);
    }

    static boolean isConflict(ElasticsearchException e) {
        return e.status() == 409;
    }
}

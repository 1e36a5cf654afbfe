package org.corroborate.corpus.elasticsearch;

import java.io.IOException;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.ElasticsearchUnavailableException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Runs one client call and turns its failures into the two kinds a caller can act on, naming the URL. */
public final class Calls {
    private Calls() {
    }

    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    public static <T> T run(String url, Call<T> call) {
        try {
            return call.run();
        } catch (CorroborateException e) {
            throw e;
        } catch (java.net.SocketTimeoutException e) {
            throw new ElasticsearchUnavailableException("Elasticsearch at " + url + " did not answer within "
                    + e.getMessage().toLowerCase(java.util.Locale.ROOT), e); // the client's message is the timeout
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("Elasticsearch at " + url + " is unreachable: "
                    + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw new ElasticsearchUnavailableException("es-refused", "Elasticsearch at " + url
                    + " refused the request: " + e.getMessage(), e);
        }
    }
}

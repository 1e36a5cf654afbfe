package org.corroborate.api;

/**
 * Elasticsearch could not be reached or refused the request (I/O, authentication, a stopped
 * node). Retrying later may succeed; the message always names the URL that was tried.
 */
public class ElasticsearchUnavailableException extends CorroborateException {
    private static final long serialVersionUID = 1L;

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super("es-unreachable", message, cause);
    }

    public ElasticsearchUnavailableException(String code, String message) {
        super(code, message, null);
    }

    public ElasticsearchUnavailableException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}

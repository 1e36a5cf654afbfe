package org.corroborate.corpus;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.corroborate.api.InputRejectedException;

/**
 * How to reach an Elasticsearch cluster: its URL and, for a real cluster, an API key or a user
 * name and password, and a private CA certificate for https. From {@code --es URL} or the
 * environment: {@code CORROBORATE_ES_URL}, {@code CORROBORATE_ES_API_KEY},
 * {@code CORROBORATE_ES_USERNAME}/{@code CORROBORATE_ES_PASSWORD}, {@code CORROBORATE_ES_CA_CERT}.
 */
public record EsSettings(URI url, String apiKey, String username, String password, Path caCert) {
    public EsSettings {
        if (url == null) {
            throw new IllegalArgumentException("url");
        }
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new InputRejectedException("bad-es-url", "not an http(s) URL for Elasticsearch: " + url);
        }
        if (apiKey != null && username != null) {
            throw new InputRejectedException("bad-es-credentials",
                    "give either CORROBORATE_ES_API_KEY or CORROBORATE_ES_USERNAME/_PASSWORD, not both");
        }
        if ((username == null) != (password == null)) {
            throw new InputRejectedException("bad-es-credentials",
                    "CORROBORATE_ES_USERNAME and CORROBORATE_ES_PASSWORD go together");
        }
    }

    /** Plain settings for a URL (the local node: no credentials). */
    public static EsSettings of(URI url) {
        return new EsSettings(url, null, null, null, null);
    }

    /**
     * The settings for {@code urlOption} (the CLI's {@code --es}) or {@code CORROBORATE_ES_URL},
     * with the credentials of the environment; {@code null} when neither names a URL.
     */
    public static EsSettings fromEnvironment(String urlOption, Map<String, String> env) {
        String url = urlOption != null ? urlOption : blankToNull(env.get("CORROBORATE_ES_URL"));
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("bad-es-url", "not a URL: " + url);
        }
        String ca = blankToNull(env.get("CORROBORATE_ES_CA_CERT"));
        return new EsSettings(uri, blankToNull(env.get("CORROBORATE_ES_API_KEY")),
                blankToNull(env.get("CORROBORATE_ES_USERNAME")), blankToNull(env.get("CORROBORATE_ES_PASSWORD")),
                ca == null ? null : Path.of(ca));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return url.toString(); // never print credentials
    }
}

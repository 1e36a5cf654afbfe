package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;
import org.corroborate.corpus.EsSettings;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransportConfig;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

/** Opens the official Java client for {@link EsSettings}; the one place that knows how. */
public final class Clients {
    private Clients() {
    }

    /**
     * How long a client waits: to connect, for an answer once a request is sent (the socket's
     * inactivity), and for one of its pooled connections, which it keeps up to {@code connections}.
     */
    public record Timeouts(Duration connect, Duration response, Duration poolWait, int connections) {
        /**
         * The command line's: a bulk request of {@code index} may legitimately take long on a busy
         * cluster. (The client's own defaults: connect 1 s, answer 30 s, pool 10 per node.)
         */
        public static final Timeouts BATCH = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(30),
                Duration.ofSeconds(30), 10);
        /**
         * The HTTP API's (issue 7): a dead or hung node must turn into a 503 within seconds, and 50
         * concurrent checks must not queue for a connection inside one instance.
         */
        public static final Timeouts SERVE = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 64);

        public Timeouts {
            if (connect.isNegative() || connect.isZero() || response.isNegative() || response.isZero()
                    || poolWait.isNegative() || poolWait.isZero() || connections < 1) {
                throw new IllegalArgumentException("timeouts and the pool size must be positive");
            }
        }
    }

    public static ElasticsearchClient open(EsSettings settings) {
        return open(settings, Timeouts.BATCH);
    }

    public static ElasticsearchClient open(EsSettings settings, Timeouts timeouts) {
        SSLContext ssl = settings.caCert() == null ? null : sslContextTrusting(settings);
        return ElasticsearchClient.of(b -> {
            b.host(settings.url());
            if (settings.apiKey() != null) {
                b.apiKey(settings.apiKey());
            }
            if (settings.username() != null) {
                b.usernameAndPassword(settings.username(), settings.password());
            }
            if (ssl != null) {
                b.sslContext(ssl);
            }
            return b.transportFactory(config -> transport(config, timeouts));
        });
    }

    /**
     * What the client's own transport factory builds (credentials as default headers, TLS,
     * compression), plus our timeouts and pool size, which its builder does not reach.
     */
    private static Rest5ClientTransport transport(ElasticsearchTransportConfig config, Timeouts t) {
        Rest5ClientBuilder rest = Rest5Client.builder(config.hosts())
                .setCompressionEnabled(config.useCompression())
                .setRequestConfigCallback(r -> r
                        .setResponseTimeout(timeout(t.response()))
                        .setConnectionRequestTimeout(timeout(t.poolWait())))
                .setConnectionConfigCallback(c -> c
                        .setConnectTimeout(timeout(t.connect()))
                        .setSocketTimeout(timeout(t.response())))
                .setConnectionManagerCallback(m -> m.setMaxConnPerRoute(t.connections()).setMaxConnTotal(t.connections()));
        List<Header> headers = new ArrayList<>();
        if (config.username() != null) {
            String basic = config.username() + ":" + config.password();
            headers.add(new BasicHeader("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8))));
        }
        if (config.apiKey() != null) {
            headers.add(new BasicHeader("Authorization", "ApiKey " + config.apiKey()));
        }
        if (!headers.isEmpty()) {
            rest.setDefaultHeaders(headers.toArray(Header[]::new));
        }
        if (config.sslContext() != null) {
            rest.setSSLContext(config.sslContext());
        }
        return new Rest5ClientTransport(rest.build(), config.mapper(), Rest5ClientOptions.of(config.transportOptions()),
                config.instrumentation());
    }

    private static Timeout timeout(Duration d) {
        return Timeout.of(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a client and checks the cluster answers as Elasticsearch, or says clearly that it does not. */
    public static ElasticsearchClient openChecked(EsSettings settings) {
        return openChecked(settings, Timeouts.BATCH);
    }

    /** As above, with {@code timeouts}. */
    public static ElasticsearchClient openChecked(EsSettings settings, Timeouts timeouts) {
        ElasticsearchClient client = open(settings, timeouts);
        try {
            client.info();
            return client;
        } catch (IOException e) {
            closeQuietly(client);
            throw new ElasticsearchUnavailableException("Elasticsearch at " + settings.url()
                    + " is unreachable: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new ElasticsearchUnavailableException("es-refused", "Elasticsearch at " + settings.url()
                    + " refused the request: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(ElasticsearchClient client) {
        try {
            client.close();
        } catch (Exception ignored) {
            // closing a client that never connected
        }
    }

    private static SSLContext sslContextTrusting(EsSettings settings) {
        try (InputStream in = Files.newInputStream(settings.caCert())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, cert);
            }
            if (i == 0) {
                throw new InputRejectedException("bad-ca-cert", "no certificate in " + settings.caCert());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InputRejectedException("bad-ca-cert", "cannot read the CA certificate "
                    + settings.caCert() + ": " + e.getMessage(), e);
        }
    }
}

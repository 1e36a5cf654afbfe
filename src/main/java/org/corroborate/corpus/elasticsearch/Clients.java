package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;
import org.corroborate.corpus.EsSettings;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Opens the official Java client for {@link EsSettings}; the one place that knows how. */
public final class Clients {
    private Clients() {
    }

    public static ElasticsearchClient open(EsSettings settings) {
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
            return b;
        });
    }

    /** Opens a client and checks the cluster answers as Elasticsearch, or says clearly that it does not. */
    public static ElasticsearchClient openChecked(EsSettings settings) {
        ElasticsearchClient client = open(settings);
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

package org.corroborate.cli;

import java.io.PrintWriter;

import org.corroborate.corpus.EsSettings;
import org.corroborate.localnode.LocalNode;

import picocli.CommandLine.Option;

/**
 * {@code --es URL} for every command that needs Elasticsearch. Without it (and without
 * {@code CORROBORATE_ES_URL}) the local node is used, and started when it is not running.
 */
final class EsOptions {
    @Option(names = "--es", paramLabel = "URL",
            description = "Elasticsearch URL (default: $CORROBORATE_ES_URL, else the local node, started if needed).")
    String url;

    EsSettings resolve(PrintWriter err) {
        EsSettings settings = EsSettings.fromEnvironment(url, System.getenv());
        if (settings != null) {
            return settings;
        }
        LocalNode node = LocalNode.at(LocalNode.defaultDataDir());
        LocalNode.Started started = node.start(LocalNode.defaultPort());
        if (!started.alreadyRunning()) {
            err.println("corroborate: started the local Elasticsearch node at " + started.url()
                    + " (data: " + node.dataDir() + "; stop it with 'corroborate es stop')");
        }
        return EsSettings.of(started.url());
    }
}

package org.corroborate.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.localnode.LocalNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The main job on the embedded default. For now (issue 2): start the local node when needed,
 * show its health, and stop it again if this command started it. Issues 5-6 grow it into
 * indexing a sample corpus and checking a sample article.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the local Elasticsearch node (for now: start it, show its health).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The local node's data folder.")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9200", description = "The local node's HTTP port.")
    int port;

    @Option(names = "--keep-running", description = "Leave the node running afterwards.")
    boolean keepRunning;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalNode node = LocalNode.at(data != null ? data : LocalNode.defaultDataDir());
        var err = spec.commandLine().getErr();
        err.println("corroborate: starting the local Elasticsearch node (data: " + node.dataDir() + ")...");
        long t0 = System.nanoTime();
        LocalNode.Started started = node.start(port);
        err.printf("corroborate: %s at %s (%.1f s)%n", started.alreadyRunning() ? "already running" : "started",
                started.url(), (System.nanoTime() - t0) / 1e9);
        try {
            spec.commandLine().getOut().println(health(started.url()));
        } finally {
            if (!started.alreadyRunning() && !keepRunning) {
                node.stop();
                err.println("corroborate: stopped the local node");
            }
        }
        return ExitCodes.OK;
    }

    private static String health(URI url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/_cluster/health?pretty"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body().strip();
        } catch (java.io.IOException e) {
            throw new ElasticsearchUnavailableException("cannot reach " + url + ": " + e.getMessage(), e);
        }
    }
}

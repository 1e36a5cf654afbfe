package org.corroborate.cli;

import org.corroborate.extract.ClaimExtractor;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.http.ApiServer;
import org.corroborate.http.ServeSettings;
import org.corroborate.rules.RulePacks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate serve}: the CMS plugin's HTTP API (issue 7; README "The CMS plugin").
 * Rules are validated and Elasticsearch is reached before it listens; it runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the CMS plugin's HTTP API (checks, review queue, reports, webhooks).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = IndexSettings.DEFAULT_PREFIX,
            description = "Prefix of the corpus, check, review and key indices (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "600",
            description = "Requests per key per minute on this instance (default: ${DEFAULT-VALUE}).")
    int requestsPerMinute;

    @Option(names = "--concurrent-checks", paramLabel = "N",
            description = "Checks this instance runs at once; the rest wait their turn (default: twice the cores, at least 4).")
    Integer concurrentChecks;

    @Mixin
    EsOptions es;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        IndexSettings.checkPrefix(prefix);
        PrintWriter err = spec.commandLine().getErr();
        RulePacks packs = rules.load();
        Checker checker = new Checker(new ClaimExtractor(packs)).serving();
        EsSettings settings = es.resolve(err);
        ServeSettings serve = ServeSettings.defaults(settings, prefix).withRequestsPerMinute(requestsPerMinute);
        if (concurrentChecks != null) {
            serve = serve.withConcurrentChecks(concurrentChecks);
        }
        ApiServer server = ApiServer.create(serve, checker.extractor(), checker.places(),
                a -> checker.check(a, settings, prefix)).start(port);
        err.println("corroborate: serving on http://localhost:" + server.port() + " (Elasticsearch " + settings.url() + ")");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            checker.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}

package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.corroborate.api.Language;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Migrated;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.localnode.LocalNode;
import org.corroborate.rules.RulePacks;
import org.corroborate.verify.CheckReport;
import org.corroborate.verify.CheckReportText;
import org.corroborate.verify.CheckedArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The main job on the embedded default: start the local node when needed, index the bundled
 * sample corpus (four reports, Arabic and English, {@code org/corroborate/demo/}), check the
 * bundled Arabic article against it and print the text report with its flags. Everything is
 * computed on each run; nothing is canned. With {@code --es} it runs on that cluster instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Index a bundled sample corpus, check a bundled Arabic article against it, print the report "
                + "(on the local node, started when needed, unless --es is given).")
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCES = "org/corroborate/demo/";
    static final String ARTICLE_ID = "demo-article";
    static final LocalDate ARTICLE_PUBLISHED = LocalDate.of(2026, 11, 25);

    @Option(names = "--data", paramLabel = "DIR", description = "The local node's data folder (default: "
            + "$CORROBORATE_ES_DATA, else /var/lib/corroborate/es as root, else $XDG_DATA_HOME/corroborate/es), as for 'es start'.")
    Path data;

    @Option(names = "--port", paramLabel = "N",
            description = "The local node's HTTP port (default: $CORROBORATE_ES_PORT, else 9200), as for 'es start'.")
    Integer port;

    @Option(names = "--keep-running", description = "Leave the node running afterwards.")
    boolean keepRunning;

    @Option(names = "--es", paramLabel = "URL",
            description = "Run on this Elasticsearch instead of the local node (default: $CORROBORATE_ES_URL).")
    String esUrl;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = "corroborate-demo",
            description = "The sample corpus goes to <PREFIX>-reports (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IndexSettings.checkPrefix(prefix);
        PrintWriter err = spec.commandLine().getErr();
        RulePacks packs = rules.load();
        EsSettings settings = EsSettings.fromEnvironment(esUrl, System.getenv());
        if (settings != null) {
            return run(packs, settings, err);
        }
        LocalNode node = LocalNode.at(data != null ? data : LocalNode.defaultDataDir());
        err.println("corroborate: starting the local Elasticsearch node (data: " + node.dataDir() + ")...");
        long t0 = System.nanoTime();
        LocalNode.Started started = node.start(httpPort());
        err.printf("corroborate: %s at %s (%.1f s)%n", started.alreadyRunning() ? "already running" : "started",
                started.url(), (System.nanoTime() - t0) / 1e9);
        try {
            return run(packs, EsSettings.of(started.url()), err);
        } finally {
            if (!started.alreadyRunning() && !keepRunning) {
                node.stop();
                err.println("corroborate: stopped the local node");
            }
        }
    }

    /** {@code --port}, else the port every other command starts the local node on. */
    int httpPort() {
        return port != null ? port : LocalNode.defaultPort();
    }

    private int run(RulePacks packs, EsSettings settings, PrintWriter err) throws IOException {
        CheckReport report;
        try (Checker checker = new Checker(new ClaimExtractor(packs))) {
            IndexSummary summary = indexSamples(checker, settings);
            err.println("corroborate: " + summary.describe());
            report = checker.check(article(), settings, prefix);
        }
        spec.commandLine().getOut().print(CheckReportText.write(report));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The bundled reports, (re)indexed by id: a second run replaces them. */
    private IndexSummary indexSamples(Checker checker, EsSettings settings) throws IOException {
        Path dir = Files.createTempDirectory("corroborate-demo");
        Path feed = dir.resolve("reports.jsonl");
        try {
            Files.writeString(feed, resource("reports.jsonl"), StandardCharsets.UTF_8);
            ClaimExtractor extractor = checker.extractor();
            IndexSettings index = IndexSettings.fromEnvironment(prefix, settings.url(), System.getenv());
            try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(settings, index)) {
                Migrated migrated = corpus.migrate(Checker.claims(extractor),
                        checker.places(), failures()); // a demo corpus left by an older Corroborate
                if (migrated != null) {
                    spec.commandLine().getErr().println("corroborate: " + migrated.describe());
                }
                corpus.ensureIndex();
                return corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(feed),
                        Checker.claims(extractor), checker.places(), failures());
            }
        } finally {
            Files.deleteIfExists(feed);
            Files.deleteIfExists(dir);
        }
    }

    private IndexListener failures() {
        PrintWriter err = spec.commandLine().getErr();
        return new IndexListener() {
            @Override
            public void failed(Origin origin, String reason) {
                err.println(origin + ": " + reason);
            }
        };
    }

    /** The bundled Arabic article. */
    static CheckedArticle article() throws IOException {
        String text = resource("article.txt");
        String title = text.lines().findFirst().orElse("").strip();
        return CheckedArticle.ofText(ARTICLE_ID, title, Language.AR, ARTICLE_PUBLISHED, text);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

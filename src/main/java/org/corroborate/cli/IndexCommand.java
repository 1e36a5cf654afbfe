package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.rules.RulePacks;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate index PATH...}: loads reports into the corpus (README "Corpus index
 * design"). Paths are checked before Elasticsearch is contacted (exit 3), Elasticsearch before
 * anything is read (exit 4); every failed report is one line {@code file:line: reason} on stderr,
 * and a summary ends the run (exit 5 when any failed).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Loads reports (.jsonl/.ndjson feeds, .txt documents with .json sidecars, folders of them) "
                + "into the corpus index.")
final class IndexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feeds, documents or folders (recursed).")
    List<Path> paths;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = IndexSettings.DEFAULT_PREFIX,
            description = "Names the alias <PREFIX>-reports and its versioned index <PREFIX>-reports-v<N> (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Mixin
    EsOptions es;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    // The seam where document reading (issue 3) plugs in.
    private final ReportSources sources = new ReportSources(new ArticleDocumentReader());

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IndexSettings.checkPrefix(prefix);
        sources.check(paths);
        RulePacks packs = rules.load();
        ClaimExtractor extractor = new ClaimExtractor(packs);
        PlaceAncestors places = Checker.places(extractor.gazetteer());
        ClaimSource claims = Checker.claims(extractor);
        EsSettings settings = es.resolve(err);
        IndexSettings index = IndexSettings.fromEnvironment(prefix, settings.url(), System.getenv());
        StderrProgress progress = new StderrProgress(err, System.console() != null);
        IndexSummary summary;
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(settings, index)) {
            corpus.ensureIndex();
            summary = corpus.load(sources, paths, claims, places, progress);
        } finally {
            progress.finish();
        }
        err.println("corroborate: " + summary.describe());
        if (summary.elasticsearchLost()) {
            String stopped = summary.stoppedAt() == null ? "" : "; reading stopped before " + summary.stoppedAt();
            if (summary.indexed() == 0) {
                throw new ElasticsearchUnavailableException("es-unreachable", "Elasticsearch at " + settings.url()
                        + " stopped answering; no report was written" + stopped);
            }
            err.println("corroborate: es-unreachable: Elasticsearch at " + settings.url() + " stopped answering"
                    + stopped + "; index the same paths again once it is back (reports are replaced by id)");
        }
        return summary.failed() > 0 || summary.elasticsearchLost() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}

package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.Migrated;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate migrate}: moves a corpus written by an older Corroborate (an older mapping
 * version) to this one (README "Corpus index design"). Exit 0 when it moved or there was nothing
 * to move, 5 when some reports failed (the alias stays on the old index), 4 when Elasticsearch is
 * unreachable or the alias is in a state no migration can mend.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Copies the corpus from an older mapping version into this version's index, claims extracted "
                + "again with the current rules, then moves the alias. The old index is kept.")
final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = IndexSettings.DEFAULT_PREFIX,
            description = "The corpus alias <PREFIX>-reports (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Mixin
    EsOptions es;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IndexSettings.checkPrefix(prefix);
        ClaimExtractor extractor = new ClaimExtractor(rules.load());
        PlaceAncestors places = Checker.places(extractor.gazetteer());
        ClaimSource claims = Checker.claims(extractor);
        EsSettings settings = es.resolve(err);
        IndexSettings index = IndexSettings.fromEnvironment(prefix, settings.url(), System.getenv());
        StderrProgress progress = new StderrProgress(err, System.console() != null);
        Migrated migrated;
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(settings, index)) {
            if (!corpus.exists()) {
                err.println("corroborate: there is no corpus at " + index.alias() + " (" + settings.url()
                        + "): nothing to migrate");
                return ExitCodes.OK;
            }
            migrated = corpus.migrate(claims, places, progress);
            if (migrated == null) {
                corpus.ensureIndex(); // the index of this version: checked, never changed
            }
        } finally {
            progress.finish();
        }
        if (migrated == null) {
            err.println("corroborate: " + index.alias() + " is on mapping v" + ElasticsearchCorpus.MAPPING_VERSION
                    + " (" + index.index(ElasticsearchCorpus.MAPPING_VERSION) + "): nothing to migrate");
            return ExitCodes.OK;
        }
        err.println("corroborate: " + migrated.describe());
        if (!migrated.aliasMoved()) {
            err.println("corroborate: the alias " + index.alias() + " still points to " + migrated.from()
                    + "; run migrate again once the failures above are dealt with (reports are replaced by id)");
            return ExitCodes.PARTIAL;
        }
        err.println("corroborate: the alias " + index.alias() + " now points to " + migrated.to() + "; " + migrated.from()
                + " is kept: delete it when you no longer need it");
        return ExitCodes.OK;
    }
}

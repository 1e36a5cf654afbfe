package org.corroborate.cli;

import org.corroborate.extract.ClaimExtractor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.api.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.rules.RulePacks;
import org.corroborate.verify.CheckReport;
import org.corroborate.verify.CheckReportHtml;
import org.corroborate.verify.CheckReportJson;
import org.corroborate.verify.CheckReportText;
import org.corroborate.verify.CheckedArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate check FILE}: reads an article, extracts its claims, looks them all up in the
 * corpus in one round trip, compares, and prints the report (README "Checking an article"). The
 * input is checked before Elasticsearch is contacted (exit 3); the report is written whole or not
 * at all (exit 4 leaves stdout empty). Flags are findings, not failures: exit 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the claims of an article (.txt for now) against the corpus and prints the report.")
final class CheckCommand implements Callable<Integer> {

    enum Format { json, text, html }

    @Parameters(paramLabel = "FILE", description = "The article (HTML, text, DOCX, ODT, RTF, PDF; Arabic or English).")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The article's publication date.")
    String published;

    @Option(names = "--lang", paramLabel = "ar|en", description = "The article's language (default: detected).")
    String lang;

    @Option(names = "--id", paramLabel = "ID", description = "The article's id (default: sha256: + 16 hex digits of its bytes).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, text or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = IndexSettings.DEFAULT_PREFIX,
            description = "The corpus alias is <PREFIX>-reports (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Mixin
    EsOptions es;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IndexSettings.checkPrefix(prefix);
        CheckedArticle article = read();
        RulePacks packs = rules.load();
        var err = spec.commandLine().getErr();
        CheckReport report;
        try (Checker checker = new Checker(new ClaimExtractor(packs))) {
            report = checker.check(article, es.resolve(err), prefix);
        }
        spec.commandLine().getOut().print(render(report, format));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String render(CheckReport report, Format format) {
        return switch (format) {
            case json -> CheckReportJson.write(report) + "\n";
            case text -> CheckReportText.write(report);
            case html -> CheckReportHtml.write(report);
        };
    }

    private CheckedArticle read() {
        Article article = new ArticleReader().read(file, new ReadOptions(id, lang == null ? null : Language.fromCode(lang),
                publishedDate()));
        return CheckedArticle.ofText(article.id(), article.title(), article.lang(), article.published(), article.text());
    }

    private LocalDate publishedDate() {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("bad-date", "--published must be YYYY-MM-DD, not '" + published + "'");
        }
    }
}

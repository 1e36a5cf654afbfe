package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.corpus.DocumentReader;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.TextDocumentReader;
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

    @Parameters(paramLabel = "FILE", description = "The article (.txt, UTF-8).")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The article's publication date.")
    String published;

    @Option(names = "--lang", paramLabel = "ar|en", description = "The article's language (default: guessed from its letters).")
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

    // The seams where document reading (issue 3: ingest) and the gazetteer plug in.
    private final DocumentReader reader = new TextDocumentReader();
    private final PlaceAncestors places = PlaceAncestors.NONE;

    @Override
    public Integer call() {
        IndexSettings.checkPrefix(prefix);
        CheckedArticle article = read();
        Checker checker = new Checker(rules.load(), places);
        var err = spec.commandLine().getErr();
        CheckReport report = checker.check(article, es.resolve(err), prefix);
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
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException("input-missing", "no article at " + file);
        }
        if (!reader.canRead(file)) {
            throw new InputRejectedException("unsupported-format", "cannot read " + file
                    + " yet: check reads .txt articles (other formats arrive with the ingestion layer)");
        }
        DocumentReader.Document document;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            document = reader.read(file);
        } catch (IOException e) {
            throw new InputRejectedException("input-unreadable", "cannot read " + file + ": " + e.getMessage(), e);
        }
        if (document.text().isBlank()) {
            throw new InputRejectedException("input-empty", "the article " + file + " has no text");
        }
        Language language = lang != null ? Language.fromCode(lang) : document.lang();
        if (language == null) {
            throw new InputRejectedException("unsupported-language", "cannot tell the language of " + file + "; give --lang");
        }
        LocalDate date = publishedDate(document);
        return CheckedArticle.ofText(id != null ? id : Checker.idOf(bytes), document.title(), language, date,
                document.text());
    }

    private LocalDate publishedDate(DocumentReader.Document document) {
        if (published == null) {
            return document.published();
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("bad-date", "--published must be YYYY-MM-DD, not '" + published + "'");
        }
    }
}

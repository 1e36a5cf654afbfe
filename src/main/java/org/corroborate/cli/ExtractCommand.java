package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.corroborate.api.Language;
import org.corroborate.extract.Extraction;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.ReadOptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate extract FILE}: reads one article and prints its mentions and claims
 * ({@code {"article", "mentions", "claims"}}, or a text summary); {@code extract --input
 * CASES.jsonl --format jsonl} reads a batch in one JVM, one output line per input line, a bad
 * line reported in its place (exit 5).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read an article (HTML, text, DOCX, ODT, RTF, PDF; Arabic or English) and print its claims.")
final class ExtractCommand implements Callable<Integer> {
    private static final long MB = 1024L * 1024L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Output formats: {@code jsonl} goes with {@code --input}. */
    enum Format { json, text, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--input", paramLabel = "CASES.jsonl",
            description = "Batch mode: one {\"id\", \"text\", \"lang\"?, \"published\"?} per line (with --format jsonl).")
    Path input;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date; wins over the one in the document.")
    LocalDate published;

    @Option(names = "--lang", paramLabel = "ar|en", converter = LanguageConverter.class,
            description = "Language; skips detection (and reads text detection would refuse).")
    Language lang;

    @Option(names = "--id", paramLabel = "ID", description = "Article id (default: canonical URL, else sha256 of the bytes).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: json (default), text; jsonl with --input.")
    Format format;

    @Option(names = "--max-size-mb", defaultValue = "50", paramLabel = "MB", description = "Largest input accepted (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Longest time to read one file (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--heap-budget-mb", defaultValue = "512", paramLabel = "MB", description = "Heap one file may use (default: ${DEFAULT-VALUE}).")
    long heapBudgetMb;

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (input == null)) {
            throw new ParameterException(spec.commandLine(), "give either FILE or --input CASES.jsonl");
        }
        Format chosen = format != null ? format : input != null ? Format.jsonl : Format.json;
        if ((chosen == Format.jsonl) != (input != null)) {
            throw new ParameterException(spec.commandLine(), "--format jsonl goes with --input, and --input with jsonl");
        }
        ArticleReader reader = new ArticleReader(limits());
        ReadOptions options = options();
        Extraction extraction = new Extraction(rules.load());
        PrintWriter out = spec.commandLine().getOut();
        if (input != null) {
            return new ExtractBatch(reader, extraction, spec.commandLine().getErr()).run(input, out);
        }
        Extraction.Result result = extraction.of(reader.read(file, options));
        if (chosen == Format.text) {
            ExtractionText.print(result, out);
        } else {
            out.println(JSON.writeValueAsString(ExtractionJson.toJson(result)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private ReadOptions options() {
        if (id != null && id.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--id must not be blank");
        }
        return new ReadOptions(id, lang, published);
    }

    private IngestLimits limits() {
        try {
            return IngestLimits.defaults()
                    .withMaxBytes(maxSizeMb * MB)
                    .withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withHeapBudgetBytes(heapBudgetMb * MB);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "limits must be positive: " + e.getMessage());
        }
    }

    /** {@code --lang}: ar or en, any case; anything else is a usage error. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value);
        }
    }
}

package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.corroborate.api.Article;
import org.corroborate.api.Language;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.ReadOptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate extract FILE}: reads one article (issue 3) and prints
 * {@code {"article": {...}}}. Mentions and claims join the output in {@link #output(Article)}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read an article (HTML, text, DOCX, ODT, RTF, PDF; Arabic or English) and print it as JSON.")
final class ExtractCommand implements Callable<Integer> {
    private static final long MB = 1024L * 1024L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Output formats; {@code text} may come later. */
    enum Format { json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date; wins over the one in the document.")
    LocalDate published;

    @Option(names = "--lang", paramLabel = "ar|en", converter = LanguageConverter.class,
            description = "Language; skips detection (and reads text detection would refuse).")
    Language lang;

    @Option(names = "--id", paramLabel = "ID", description = "Article id (default: canonical URL, else sha256 of the bytes).")
    String id;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--max-size-mb", defaultValue = "50", paramLabel = "MB", description = "Largest input accepted (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Longest time to read one file (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--heap-budget-mb", defaultValue = "512", paramLabel = "MB", description = "Heap one file may use (default: ${DEFAULT-VALUE}).")
    long heapBudgetMb;

    @Override
    public Integer call() throws JsonProcessingException {
        ArticleReader reader = new ArticleReader(limits());
        Article article = reader.read(file, options());
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writeValueAsString(output(article)));
        out.flush();
        return ExitCodes.OK;
    }

    /** The JSON this command prints: {@code {"article": ...}}; later issues add mentions and claims. */
    static ObjectNode output(Article article) {
        ObjectNode json = JSON.createObjectNode();
        json.set("article", ArticleJson.toJson(article));
        return json;
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

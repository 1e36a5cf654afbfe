package org.corroborate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.extract.Extraction;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ReadOptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Batch mode of {@code extract} (CONTRACT.md): one input line {@code {"id", "text", "lang"?,
 * "published"?}} (unknown keys ignored) gives one output line, in the same order:
 * {@code {"id", "article", "mentions", "claims", "warnings"}} or {@code {"id", "error": {"code",
 * "message"}}}. A bad line never stops the rest; the exit code is 5 when any line failed.
 */
final class ExtractBatch {
    private final ArticleReader reader;
    private final Extraction extraction;
    private final PrintWriter err;

    ExtractBatch(ArticleReader reader, Extraction extraction, PrintWriter err) {
        this.reader = reader;
        this.extraction = extraction;
        this.err = err;
    }

    int run(Path input, PrintWriter out) throws IOException {
        int lineNumber = 0;
        int failed = 0;
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = one(line, lineNumber);
                if (result.has("error")) {
                    failed++;
                    err.println("corroborate: " + result.get("error").get("code").asText() + ": " + input.getFileName()
                            + ":" + lineNumber + ": " + result.get("error").get("message").asText());
                }
                out.println(ExtractionJson.MAPPER.writeValueAsString(result));
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("missing-input", "no such file: " + input);
        }
        out.flush();
        if (failed > 0) {
            err.println("corroborate: " + failed + " of the lines failed; the others were extracted");
        }
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private ObjectNode one(String line, int lineNumber) {
        JsonNode json;
        try {
            json = ExtractionJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "bad-json", "line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
        }
        String id = json.path("id").isTextual() ? json.get("id").asText() : null;
        try {
            if (id == null || id.isBlank()) {
                throw new InputRejectedException("missing-id", "line " + lineNumber + " has no \"id\"");
            }
            if (!json.path("text").isTextual() || json.get("text").asText().isBlank()) {
                throw new InputRejectedException("missing-text", "line " + lineNumber + " has no \"text\"");
            }
            ReadOptions options = new ReadOptions(id, language(json), published(json));
            Extraction.Result result = extraction.of(reader.readText(json.get("text").asText(), options));
            ObjectNode out = ExtractionJson.MAPPER.createObjectNode().put("id", id);
            out.setAll(ExtractionJson.toJson(result));
            out.set("warnings", out.get("article").get("warnings"));
            return out;
        } catch (CorroborateException e) {
            return error(id, e.code(), e.getMessage());
        }
    }

    private static Language language(JsonNode json) {
        return json.path("lang").isTextual() ? Language.fromCode(json.get("lang").asText()) : null;
    }

    private static LocalDate published(JsonNode json) {
        if (!json.path("published").isTextual()) {
            return null;
        }
        String value = json.get("published").asText();
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("bad-date", "\"published\" is not YYYY-MM-DD: " + value);
        }
    }

    private static ObjectNode error(String id, String code, String message) {
        ObjectNode out = ExtractionJson.MAPPER.createObjectNode();
        out.put("id", id);
        out.putObject("error").put("code", code).put("message", message);
        return out;
    }
}

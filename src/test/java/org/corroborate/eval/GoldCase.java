package org.corroborate.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One hand-annotated case of a claim evaluation set ({@code src/test/resources/eval/claims}). */
record GoldCase(String id, String lang, String published, String text, List<JsonNode> claims) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<GoldCase> read(Path file) {
        List<GoldCase> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                List<JsonNode> claims = new ArrayList<>();
                node.get("claims").forEach(claims::add);
                cases.add(new GoldCase(node.get("id").asText(), node.get("lang").asText(),
                        node.path("published").asText(null), node.get("text").asText(), claims));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}

package org.corroborate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How far two people agree when they annotate the same texts from the same plain description: {@code
 * AnnotatorAgreement dev26 agreement/dev26-second} scores the second annotation of a set against its writer's gold
 * with the matcher the extractor is scored by ({@link ClaimMatcher#matchesAnnotation}), per language and type, as
 * TP / FP / FN with precision and recall. It tells what figure a reader of the description reaches against another,
 * the ceiling the extractor's figures on the same kind of gold can be read against.
 */
public final class AnnotatorAgreement {
    private static final Path SETS = Path.of("src/test/resources/eval/claims");
    private static final List<String> TYPES = List.of("casualty", "arrest", "quote", "date");

    private AnnotatorAgreement() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AnnotatorAgreement FIRST SECOND   (folders under " + SETS + ", e.g. dev26 agreement/dev26-second)");
            System.exit(2);
        }
        for (String lang : List.of("ar", "en")) {
            Path first = SETS.resolve(args[0]).resolve(lang + ".jsonl");
            Path second = SETS.resolve(args[1]).resolve(lang + ".jsonl");
            if (!Files.isRegularFile(first) || !Files.isRegularFile(second)) {
                System.err.println("AnnotatorAgreement: no " + (Files.isRegularFile(first) ? second : first)
                        + " (run from the project root)");
                System.exit(2);
            }
            Map<String, List<JsonNode>> others = new LinkedHashMap<>();
            GoldCase.read(second).forEach(c -> others.put(c.id(), c.claims()));
            Scores scores = new Scores();
            for (GoldCase c : GoldCase.read(first)) {
                List<JsonNode> theirs = others.getOrDefault(c.id(), List.of());
                for (String type : TYPES) {
                    List<JsonNode> mine = new ArrayList<>(theirs.stream().filter(o -> o.get("type").asText().equals(type)).toList());
                    List<JsonNode> gold = c.claims().stream().filter(g -> g.get("type").asText().equals(type)).toList();
                    int tp = 0;
                    for (JsonNode g : gold) {
                        JsonNode hit = mine.stream().filter(o -> ClaimMatcher.matchesAnnotation(g, o)).findFirst().orElse(null);
                        if (hit != null) {
                            mine.remove(hit);
                            tp++;
                        }
                    }
                    scores.add(type, tp, mine.size(), gold.size() - tp);
                }
            }
            System.out.println(scores.table(args[1] + "/" + lang + " against " + args[0]));
        }
    }
}

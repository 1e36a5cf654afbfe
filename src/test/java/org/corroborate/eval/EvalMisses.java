package org.corroborate.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The misses and false claims of one development set, case by case, for the session tuning the
 * rules to it (the figures alone are {@link ClaimExtractionEvalTest}'s): {@code EvalMisses dev10 en
 * date}. Refuses the blind sets, which are never read while tuning. Quotes follow the set's convention
 * ({@link ClaimExtractionEvalTest#scored}): a rule-4 set leaves out the found quotes marked {@code
 * sourcing}, listed apart as {@code SRC} (neither true nor false); a false quote shows its mark in its JSON. Date
 * claims too: those the set's writer leaves to a quote or gives none ({@link ClaimExtractionEvalTest#leftOut}) are
 * listed apart as {@code LEFT}.
 */
public final class EvalMisses {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EvalMisses() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EvalMisses SET LANG [TYPE]   (SET: dev … dev39; TYPE: casualty, arrest, quote, date)");
            System.exit(2);
        }
        if (args[0].startsWith("blind")) {
            System.err.println("EvalMisses: the blind sets are not read case by case; their figures are in target/eval/claims.md");
            System.exit(2);
        }
        java.nio.file.Path file = Path.of("src/test/resources/eval/claims", args[0], args[1] + ".jsonl");
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("EvalMisses: no set file " + file + " (run from the project root; SET dev … dev39, LANG ar or en)");
            System.exit(2);
        }
        String only = args.length > 2 ? args[2] : null;
        ClaimExtractor extractor = ShippedRules.extractor();
        for (GoldCase c : GoldCase.read(file)) {
            LocalDate published = c.published() == null ? null : LocalDate.parse(c.published());
            List<Claim> all = extractor.extract(c.text(), Language.fromCode(c.lang()), published);
            List<Claim> found = ClaimExtractionEvalTest.scored(c, args[0], all);
            StringBuilder out = new StringBuilder();
            for (String type : List.of("casualty", "arrest", "quote", "date")) {
                if (only != null && !only.equals(type)) {
                    continue;
                }
                List<Claim> mine = new ArrayList<>(found.stream().filter(f -> f.type().equals(type)).toList());
                for (JsonNode g : c.claims()) {
                    if (!g.get("type").asText().equals(type)) {
                        continue;
                    }
                    Claim hit = mine.stream().filter(f -> ClaimMatcher.matches(g, f)).findFirst().orElse(null);
                    if (hit == null) {
                        out.append("  FN ").append(g).append('\n');
                    } else {
                        mine.remove(hit);
                    }
                }
                for (Claim f : mine) {
                    out.append("  FP ").append(JSON.writeValueAsString(f)).append('\n');
                }
                for (Claim f : all.stream().filter(f -> f.type().equals(type) && !found.contains(f)).toList()) {
                    // left out under rule 4 (a quote marked sourcing) or by the set's date convention (date claims)
                    out.append(type.equals("quote") ? "  SRC " : "  LEFT ").append(JSON.writeValueAsString(f)).append('\n');
                }
            }
            if (out.indexOf("  F") >= 0) { // SRC and LEFT lines alone are no miss
                System.out.println(c.id() + " (" + c.published() + "): " + c.text());
                System.out.print(out);
            }
        }
    }
}

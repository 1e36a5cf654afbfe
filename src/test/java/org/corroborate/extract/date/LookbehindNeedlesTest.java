package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * A rule whose leading lookbehind is not plain words ({@link LookbehindNeedles}) is not run where none of the
 * lookbehind's needles lies within its length before the place: that must never turn away a place the rule matches.
 */
class LookbehindNeedlesTest {
    private static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);
    /** The longest stretch a date rule is tried over ({@link DateRecognizer}'s window). */
    private static final int SPAN = 160;

    @Test
    void readsTheDeathRulesLookbehindAndNotAPlainOneOrOneWithAnAlternationAfterIt() {
        List<CompiledRule> arabic = DateGrammar.compile(PACKS.forLanguage(Language.AR, DateRuleFile.class), Language.AR);
        CompiledRule death = arabic.stream().filter(r -> r.rule().id().equals("ar.date.anchored_two_days_after_death"))
                .findFirst().orElseThrow();
        assertThat(death.lookbehindNeedles()).isNotNull();
        String text = DateGrammar.NORMALIZER.normalize("وقضى الجريحان متأثرين بجروحهما بعد يومين").normalized();
        assertThat(death.lookbehindNeedles().mayHoldAt(text, text.indexOf("بعد"))).isTrue();
        String other = DateGrammar.NORMALIZER.normalize("وأعلنت الوزارة أن المستشفى سيفتح أبوابه بعد يومين").normalized();
        assertThat(death.lookbehindNeedles().mayHoldAt(other, other.indexOf("بعد"))).isFalse();
        assertThat(LookbehindNeedles.of("(?<=(?:in|on)[^.]{0,20} )x|y", part -> null, lexicon -> null, true, 0)).isNull();
        assertThat(LookbehindNeedles.of("x(?<=in )", part -> null, lexicon -> null, true, 0)).isNull();
        assertThat(LookbehindNeedles.of("(?<=(?:in|on)?[^.]{0,20} )x", part -> null, lexicon -> null, true, 0)).isNull();
        assertThat(LookbehindNeedles.of("(?<=(?:in|on)[^.]{0,20} )x", part -> null, lexicon -> null, true, 0)).isNotNull();
    }

    @Test
    void theDeathRuleStillReadsTwoDaysAfterADeathAndNotWithoutOne() {
        DateRecognizer arabic = DateRecognizer.of(PACKS, Language.AR);
        List<DateMention> after = arabic.find("أصيب الصحفي برصاصة يوم الأحد، وتوفي في المستشفى بعد يومين.", PUBLISHED);
        assertThat(after).extracting(DateMention::rule).contains("ar.date.anchored_two_days_after_death");
        List<DateMention> plain = arabic.find("وأعلنت الوزارة أن المستشفى الميداني سيفتح أبوابه بعد يومين.", PUBLISHED);
        assertThat(plain).extracting(DateMention::rule).doesNotContain("ar.date.anchored_two_days_after_death");
    }

    @Test
    void neverTurnsAwayAPlaceTheRuleMatchesInTheBenchmarkArticlesAndTheDevTexts() throws IOException {
        int checked = 0;
        int turnedAway = 0;
        int matched = 0;
        for (Language language : List.of(Language.EN, Language.AR)) {
            List<CompiledRule> rules = DateGrammar.compile(PACKS.forLanguage(language, DateRuleFile.class), language)
                    .stream().filter(r -> r.lookbehindNeedles() != null).toList();
            if (language == Language.AR) {
                assertThat(rules).isNotEmpty();
            }
            for (String raw : texts(language)) {
                String text = DateGrammar.NORMALIZER.normalize(raw).normalized();
                for (CompiledRule rule : rules) {
                    Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    for (int p = 0; p < text.length(); p++) {
                        if (p > 0 && wordChar(text.codePointBefore(p))) {
                            continue; // a rule's match begins after no letter or digit ((?<![\p{L}\p{N}]))
                        }
                        boolean may = rule.lookbehindNeedles().mayHoldAt(text, p);
                        boolean matches = m.region(p, Math.min(text.length(), p + SPAN)).lookingAt();
                        checked++;
                        turnedAway += may ? 0 : 1;
                        matched += matches ? 1 : 0;
                        if (matches) {
                            assertThat(may).as("%s at %d of %s", rule.rule().id(), p, raw).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(0);
        assertThat(turnedAway).isGreaterThan(checked / 2);
    }

    /** A letter or decimal digit: a char no match of a rule follows. */
    private static boolean wordChar(int c) {
        return Character.isLetter(c) || Character.isDigit(c);
    }

    /** The benchmark article and every development set's texts of {@code language} (never a blind set). */
    private static List<String> texts(Language language) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = LookbehindNeedlesTest.class.getClassLoader()
                .getResourceAsStream("bench/article-" + language.code() + ".txt")) {
            out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> sets = Files.list(Path.of("src/test/resources/eval/claims"))) {
            for (Path set : sets.filter(p -> p.getFileName().toString().startsWith("dev")).sorted().toList()) {
                Path file = set.resolve(language.code() + ".jsonl");
                if (Files.exists(file)) {
                    for (String line : Files.readAllLines(file)) {
                        if (!line.isBlank()) {
                            out.add(json.readTree(line).get("text").asText());
                        }
                    }
                }
            }
        }
        return out;
    }
}

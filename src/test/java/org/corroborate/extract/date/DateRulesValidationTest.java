package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.OneFilePack;
import org.corroborate.rules.RulePackException;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dates kind checks what only it knows, with file and line, before anything runs. */
class DateRulesValidationTest {
    @TempDir
    Path root;

    private void packs(String datesYaml) throws IOException {
        OneFilePack.write(root, "en", "dates", "dates.yaml", datesYaml);
    }

    private static final String GOOD = """
            lexicons:
              - name: month
                values:
                  11: [november, nov]
            parts:
              day: "(?<![0-9])(?:[1-9]|[12][0-9]|3[01])(?![0-9])"
            rules:
              - id: en.date.test
                name: Day and month
                pattern: "{day} {month}"
                resolve: date
                examples:
                  positive: [{text: "24 November", reference: 2025-12-19, expect: {start: 2025-11-24, end: 2025-11-24, grain: day}}]
                  negative: ["24 people"]
            negative_examples: ["nothing here"]
            """;

    @Test
    void loadsADatesFileAndBuildsARecogniserFromIt() throws IOException {
        packs(GOOD);
        RulePacks loaded = RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        DateRecognizer recognizer = DateRecognizer.of(loaded, Language.EN, DatePolicy.NEWS);
        assertThat(recognizer.find("on 24 Nov. they met", LocalDate.of(2025, 12, 19)))
                .singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(LocalDate.of(2025, 11, 24)));
    }

    @Test
    void readsARulesMarksAndTheRecogniserTellsThemOfItsDates() throws IOException {
        packs(GOOD.replace("    resolve: date\n", "    resolve: date\n    marks: [part_of, season]\n"));
        RulePacks loaded = RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        assertThat(loaded.forLanguage(Language.EN, DateRuleFile.class).get(0).rules().get(0).marks())
                .containsExactly(DateRule.Mark.PART_OF, DateRule.Mark.SEASON);
        DateRecognizer recognizer = DateRecognizer.of(loaded, Language.EN, DatePolicy.NEWS);
        org.corroborate.api.DateMention date = recognizer.find("on 24 Nov. they met", LocalDate.of(2025, 12, 19)).get(0);
        assertThat(recognizer.marked(date, DateRule.Mark.PART_OF)).isTrue();
        assertThat(recognizer.marked(date, DateRule.Mark.SEASON)).isTrue();
        assertThat(recognizer.marked(date, DateRule.Mark.LAST_NIGHT)).isFalse();
    }

    @Test
    void aRuleWithoutMarksHasNone() throws IOException {
        packs(GOOD);
        RulePacks loaded = RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        DateRecognizer recognizer = DateRecognizer.of(loaded, Language.EN, DatePolicy.NEWS);
        org.corroborate.api.DateMention date = recognizer.find("on 24 Nov. they met", LocalDate.of(2025, 12, 19)).get(0);
        for (DateRule.Mark mark : DateRule.Mark.values()) {
            assertThat(recognizer.marked(date, mark)).as(mark.name()).isFalse();
        }
    }

    @Test
    void refusesAnUnknownMarkWithFileAndLine() throws IOException {
        packs(GOOD.replace("    resolve: date\n", "    resolve: date\n    marks: [part_of, partof]\n"));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("dates.yaml:12")
                .hasMessageContaining("'partof' is not a valid mark");
    }

    @Test
    void refusesUnboundedRepetitionUnknownPlaceholdersAndCapturesWithFileAndLine() throws IOException {
        packs(GOOD.replace("pattern: \"{day} {month}\"", "pattern: \"{day}\\\\s+{month} {weekday} {month:colour}\""));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("dates.yaml:10: en.date.test (en): unbounded '+'")
                .hasMessageContaining("unknown placeholder {weekday}")
                .hasMessageContaining("unknown capture 'colour'");
    }

    @Test
    void refusesAHolidayRuleItCannotPlaceInAYear() throws IOException {
        packs(GOOD.replace("lexicons:\n", "lexicons:\n  - name: holiday\n    values:\n"
                + "      \"hebrew:nisan-15~7\": [passover]\n      \"hebrew:nisna-15\": [typo]\n"
                + "      \"lunar:01-01\": [new moon]\n      \"chinese:13-01\": [no month]\n      \"fixed:04-27!not-monday\": [koningsdag]\n"));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("unknown Hebrew month nisna")
                .hasMessageContaining("unknown holiday rule lunar:01-01")
                .hasMessageContaining("unknown observance rule not-monday")
                .hasMessageContaining("no Chinese month 13")
                .message().doesNotContain("nisan-15~7");
    }

    @Test
    void refusesARangeWithoutAnEndAndAShiftWithoutAUnit() throws IOException {
        packs(GOOD.replace("resolve: date", "resolve: range"));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("a range captures its end");
        packs(GOOD.replace("resolve: date", "resolve: shift"));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("SHIFT needs a unit");
    }
}

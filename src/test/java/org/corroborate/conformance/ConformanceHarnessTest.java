package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ConformanceHarnessTest {

    @TempDir
    Path shared;

    @Test
    void skipsWhenTheCorporaAreAbsentOutsideCi() {
        assertThatThrownBy(() -> Corpora.require("duckling/ar_number.jsonl", shared.toString(), false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("skipped");
    }

    @Test
    void failsWhenTheCorporaAreAbsentOnCi() {
        assertThatThrownBy(() -> Corpora.require("duckling/ar_number.jsonl", shared.toString(), true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI must have shared/corpora");
    }

    @Test
    void readsJsonLinesWithTheirUpstreamKeys() throws Exception {
        Path file = shared.resolve("corpora/duckling/x.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"text": "ثلاثة", "value": 3, "source_file": "Corpus.hs", "source_line": 27}

                {"text": "three", "value": 3, "source_file": "Model.json", "case_index": 4}
                """);
        List<Corpora.Line> lines = Corpora.read(Corpora.require("duckling/x.jsonl", shared.toString(), true));
        assertThat(lines).extracting(Corpora.Line::key).containsExactly("Corpus.hs:27", "Model.json#4");
        assertThat(lines).extracting(Corpora.Line::number).containsExactly(1, 3);
    }

    @Test
    void everyCaseListedAsWrongUpstreamExistsInItsCorpus() {
        Floors floors = new Floors("conformance/floors-numbers.properties", "conformance/upstream-wrong-numbers.tsv");
        long listed = floors.upstreamWrongCount();
        long found = NumberConformanceTest.corpora().map(NumberConformanceTest.Corpus::file).distinct()
                .flatMap(file -> Corpora.read(Corpora.require(file)).stream())
                .filter(floors::isUpstreamWrong).count();
        assertThat(found).as("upstream-wrong entries that match a case").isEqualTo(listed);
    }

    @Test
    void excludesOnlyTheHolidaysOfCalendarsWeDoNotComputeAsWholeWords() {
        List<java.util.regex.Pattern> outOfScope = DateConformance.outOfScope("en_time.jsonl");
        java.util.function.Predicate<String> excluded = text -> outOfScope.stream().anyMatch(p -> p.matcher(text).find());
        assertThat(List.of("onam 2018", "Thiruvonam 2018", "Rabindranath Jayanti 2019", "parsi new year 2022"))
                .allMatch(excluded);
        // Indian lunisolar and sidereal festivals are computed (HinduCalendar), not excluded.
        assertThat(List.of("holiday season", "diwali 2019", "Holi 2019", "Guru Ravidas Birthday 2019", "vesak", "Yom Kippur 2018", "Chinese New Year", "Easter Sunday", "Thanksgiving",
                "on Monday", "ramadan 2018")).noneMatch(excluded);
        assertThat(DateConformance.outOfScope("ar_time.jsonl")).isEmpty();
    }

    @Test
    void writesOneRowPerCorpusAndASortedSummary() throws Exception {
        PassRates rates = new PassRates("zz_harness_selftest.jsonl");
        rates.pass();
        rates.fail("a case");
        rates.upstreamWrong();
        assertThat(rates.rate()).isEqualTo(0.5);
        assertThat(rates.row(0.4)).isEqualTo(
                "| zz_harness_selftest.jsonl | 1 / 2 | 50.0% | floor 40.0%; 1 upstream-wrong, 0 out of scope (excluded) |\n");
    }
}

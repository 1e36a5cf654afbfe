package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Real Arabic headlines (ANS, Khouja 2020: pairs of news headlines labelled agree / disagree by
 * people): where both headlines of a pair give a count of the same action and the same kind of
 * people (neither a part of another), do the two counts say what the labels say? An agreeing pair
 * ("مقتل 9 من قوات الحرس الوطني" / "سقوط 9 قتلى من قوات الحرس الوطني") must give intersecting
 * counts; a disagreeing pair whose figures differ ("29 قتيلا" / "53 قتيلا") must not. This is how
 * the cross-reference compares counts, so a number read wrong in one wording shows here as a
 * false flag or a missed one. The headlines are read in place from {@code shared/corpora/ans}.
 * Floors: {@code conformance/floors-ans.properties}.
 */
class AnsHeadlinePairsConformanceTest {
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();

    record Compared(int line, String s1, String s2, CountClaim c1, CountClaim c2) {
        boolean intersect() {
            return c1.count().lower() <= c2.count().upper() && c2.count().lower() <= c1.count().upper();
        }

        @Override
        public String toString() {
            return "line " + line + ": " + s1 + " [" + c1.count() + "] | " + s2 + " [" + c2.count() + "]";
        }
    }

    /** One labelled pair, its headlines' counts extracted once for both tests. */
    private record Pair(int line, String stance, boolean numbersDiffer, String s1, String s2, List<CountClaim> c1,
                        List<CountClaim> c2) {
    }

    private static final class Pairs {
        static final List<Pair> ALL = read();

        private static List<Pair> read() {
            List<Pair> pairs = new ArrayList<>();
            for (Corpora.Line line : Corpora.read(Corpora.require("ans/stance_pairs.jsonl"))) {
                String s1 = line.json().path("s1").asText();
                String s2 = line.json().path("s2").asText();
                pairs.add(new Pair(line.number(), line.json().path("stance").asText(),
                        line.json().path("numbers_differ").asBoolean(), s1, s2, counts(s1), counts(s2)));
            }
            return pairs;
        }
    }

    private static List<Compared> compared(String stance, boolean numbersDiffer) {
        Corpora.require("ans/stance_pairs.jsonl"); // skips (fails on CI) here, before the pairs are read once
        List<Compared> out = new ArrayList<>();
        for (Pair pair : Pairs.ALL) {
            if (!pair.stance().equals(stance) || (numbersDiffer && !pair.numbersDiffer())) {
                continue;
            }
            for (CountClaim c1 : pair.c1()) {
                for (CountClaim c2 : pair.c2()) {
                    if (c1.action() == c2.action() && c1.subject().category() == c2.subject().category()) {
                        out.add(new Compared(pair.line(), pair.s1(), pair.s2(), c1, c2));
                    }
                }
            }
        }
        return out;
    }

    private static List<CountClaim> counts(String headline) {
        List<CountClaim> counts = new ArrayList<>();
        for (Claim claim : EXTRACTOR.extract(headline, Language.AR, null)) {
            if (claim instanceof CountClaim c && c.partOf() == null) {
                counts.add(c);
            }
        }
        return counts;
    }

    private static final Properties FLOORS = new Properties();

    static {
        try (var in = AnsHeadlinePairsConformanceTest.class.getClassLoader()
                .getResourceAsStream("conformance/floors-ans.properties")) {
            FLOORS.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double floor(String key) {
        return Double.parseDouble(FLOORS.getProperty(key));
    }

    private static void report(String name, List<Compared> all, List<Compared> failed, double floor) {
        double rate = all.isEmpty() ? 0 : 1.0 - (double) failed.size() / all.size();
        System.out.printf("ANS %s: %d of %d compared counts pass (%.2f, floor %.2f)%n", name, all.size() - failed.size(),
                all.size(), rate, floor);
        failed.forEach(f -> System.out.println("  fails: " + f));
        assertThat(all).as("counts compared").isNotEmpty();
        assertThat(rate).as(name + " pass rate; failures: " + failed).isGreaterThanOrEqualTo(floor);
    }

    @Test
    void agreeingHeadlinesGiveIntersectingCounts() {
        List<Compared> all = compared("agree", false);
        report("agree", all, all.stream().filter(c -> !c.intersect()).toList(), floor("agree"));
    }

    @Test
    void headlinesDisagreeingOnAFigureGiveCountsThatDoNotIntersect() {
        List<Compared> all = compared("disagree", true);
        report("disagree (figures differ)", all, all.stream().filter(Compared::intersect).toList(),
                floor("disagree.numbers_differ"));
    }
}

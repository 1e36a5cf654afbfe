package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.corroborate.api.Language;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The shipped date rules the claim reader ({@code DateClaims}) treats apart: a part of a period ("نهاية الأسبوع"), a
 * stretch by its opening and closing days, a feast named alone, a season, the night before publication. It once knew them
 * by a fragment of their ids; now the packs mark them ({@code marks: [part_of]}), and the marked rules are the very rules
 * those fragments matched.
 */
class DateRuleMarksTest {
    private static final RulePacks PACKS = ShippedRules.packs();

    /** The id fragments, matched as the claim reader matched them ({@code contains} or {@code endsWith}). */
    private static final Map<String, Predicate<String>> FRAGMENTS = Map.of(
            "part_of", id -> id.contains(".part_of_"),
            "opening_to_closing", id -> id.contains(".opening_to_closing_"),
            "holiday", id -> id.endsWith(".date.holiday"),
            "season", id -> id.endsWith(".date.season"),
            "last_night", id -> id.endsWith(".date.last_night"),
            "length_first", id -> false, // marked since, no fragment
            "same_day", id -> id.endsWith(".date.anchored_same_day"));

    /** The ids of the shipped date rules of every language's packs. */
    private static Set<String> shippedIds() {
        Set<String> ids = new TreeSet<>();
        for (Language language : Language.values()) {
            for (DateRuleFile file : PACKS.forLanguage(language, DateRuleFile.class)) {
                file.rules().forEach(rule -> ids.add(rule.id()));
            }
        }
        return ids;
    }

    /** The ids of the shipped date rules marked {@code mark}. */
    private static Set<String> marked(DateRule.Mark mark) {
        Set<String> ids = new TreeSet<>();
        for (Language language : Language.values()) {
            for (DateRuleFile file : PACKS.forLanguage(language, DateRuleFile.class)) {
                file.rules().stream().filter(rule -> rule.isMarked(mark)).forEach(rule -> ids.add(rule.id()));
            }
        }
        return ids;
    }

    private static Set<String> matching(String fragment) {
        return shippedIds().stream().filter(FRAGMENTS.get(fragment)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theIdFragmentsMatchedTheseShippedRules() {
        assertThat(matching("part_of")).containsExactly("ar.date.part_of_last_week", "ar.date.part_of_month",
                "ar.date.part_of_period", "ar.date.part_of_year", "en.date.part_of_last_week", "en.date.part_of_month",
                "en.date.part_of_period", "en.date.part_of_year");
        assertThat(matching("opening_to_closing")).containsExactly("en.date.opening_to_closing_day_month",
                "en.date.opening_to_closing_days_from_weekday", "en.date.opening_to_closing_month_day");
        assertThat(matching("holiday")).containsExactly("ar.date.holiday", "en.date.holiday");
        assertThat(matching("season")).containsExactly("ar.date.season", "en.date.season");
        assertThat(matching("last_night")).containsExactly("ar.date.last_night", "en.date.last_night");
    }

    /**
     * The rules marked since the fragments were dropped, which no fragment names: a stretch by its length and its start
     * («لمدة ثلاثة أيام بدأ أمس السبت»), or by the day it opened on and its length ("walked out on Monday at the start of a
     * week-long protest", "from this evening for a week", «اعتباراً من مساء اليوم ولمدة أسبوع»), is an event while it runs,
     * as one by its opening and closing days.
     */
    private static final Map<String, Set<String>> MARKED_SINCE = Map.of(
            "opening_to_closing", Set.of("ar.date.days_starting", "ar.date.start_then_days", "en.date.day_opening_stretch",
                    "en.date.from_day_for_days", "ar.date.bare_days_starting", "en.date.stretch_starting"),
            // a stretch by its length, then the day it starts: the words before that day are read before it
            "length_first", Set.of("ar.date.days_starting", "ar.date.bare_days_starting", "en.date.stretch_starting",
                    "en.date.opening_to_closing_days_from_weekday"));

    @Test
    void theMarkedRulesAreTheRulesTheIdFragmentsMatched() {
        assertThat(FRAGMENTS).hasSameSizeAs(DateRule.Mark.values());
        for (DateRule.Mark mark : DateRule.Mark.values()) {
            String name = mark.name().toLowerCase(java.util.Locale.ROOT);
            Set<String> expected = new TreeSet<>(matching(name));
            expected.addAll(MARKED_SINCE.getOrDefault(name, Set.of()));
            assertThat(marked(mark)).as(mark.name()).isNotEmpty().isEqualTo(expected);
        }
    }
}

package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class NeedlesTest {
    private static final Map<String, String> PARTS = Map.of(
            "sep", "[/.-]",
            "on", "(?:on|upon) ");

    private static List<Map<String, Integer>> needles(String pattern, int lead) {
        return Needles.of(pattern, PARTS::get, name -> null, true, lead);
    }

    @Test
    void aNeedleIsReachedAfterWhatMayComeBeforeIt() {
        // "on " is two letters and a pattern space (up to three chars): "day" begins at most 5 chars on
        assertThat(needles("(?:on )?day", 0)).containsExactly(Map.of("day", 5));
        assertThat(needles("the \\d{1,2}th", 0)).containsExactly(Map.of("the", 0), Map.of("th", 3 + 3 + 2 * 2));
        // a clitic read before the pattern moves every needle on
        assertThat(needles("(?:on )?day", 2)).containsExactly(Map.of("day", 7));
    }

    @Test
    void everyElementOfASequenceIsNeededRarestFirst() {
        // "weekend" is rarer than "the", and comes after "the" and a space
        assertThat(needles("the weekend", 0)).containsExactly(Map.of("weekend", 6), Map.of("the", 0));
        // a part's needles keep their reach inside it, moved by what comes before the part; "upon"
        // contains "on", which may then begin two chars further on
        assertThat(needles("x{on}monday", 0))
                .containsExactly(Map.of("monday", 1 + 4 + 3), Map.of("on", 1 + 2), Map.of("x", 0));
    }

    @Test
    void aReachAfterAnUnboundedElementIsUnbounded() {
        assertThat(needles("\\d+ days ago", 0)).contains(Map.of("days", Needles.UNBOUNDED));
        assertThat(needles("a.*monday", 0)).contains(Map.of("monday", Needles.UNBOUNDED));
        assertThat(needles("(?<x>\\d\\d)\\k<x> monday", 0)).containsExactly(Map.of("monday", Needles.UNBOUNDED));
        assertThat(needles("\\d{2,} monday", 0)).containsExactly(Map.of("monday", Needles.UNBOUNDED));
    }

    @Test
    void anAlternationNeedsTheRarestSetOfEachAlternativeAtItsFurthestReach() {
        assertThat(needles("(?:monday|last monday)", 0)).containsExactly(Map.of("monday", 4 + 3));
        assertThat(needles("(?:monday|last)", 0)).containsExactly(Map.of("monday", 0, "last", 0));
        // one alternative that needs nothing: the alternation needs nothing, the sequence what else it has
        assertThat(needles("(?:monday|\\d{1,2}) week", 0)).containsExactly(Map.of("week", 6 + 3));
        assertThat(needles("(?:monday|\\d+)", 0)).isNull();
    }

    @Test
    void weighedByReachAnAlternativeKeepsTheWordsThatOpenFewestPlaces() {
        // "on" is rarer than "is" and "holds" together, but it may stand up to four words after them ("holds", four words
        // of up to 27 chars, a space): each "on" of a text would open every place of the words before it, each verb only
        // its own
        String schedule = "(?:is|holds)(?: [a-z]{1,12}){0,4} on|delayed";
        assertThat(Needles.of(schedule, PARTS::get, name -> null, true, 0))
                .containsExactly(Map.of("on", 5 + 4 * (3 + 2 * 12) + 3, "delayed", 0));
        assertThat(Needles.of(schedule, PARTS::get, name -> null, true, 0, true))
                .containsExactly(Map.of("is", 0, "holds", 0, "delayed", 0));
        // with one alternative only, every set is still kept, the fewest places first
        assertThat(Needles.of("(?:is|holds)(?: [a-z]{1,12}){0,4} on", PARTS::get, name -> null, true, 0, true))
                .containsExactly(Map.of("is", 0, "holds", 0), Map.of("on", 5 + 4 * (3 + 2 * 12) + 3));
    }

    @Test
    void aNeedleInsideAnotherTakesItsPlaceWithTheReachItHasThere() {
        // "yesterday" contains "day" 6 chars on: where "yesterday" may begin 5 chars on, "day" may begin 11 on
        List<Map<String, Integer>> found = needles("(?:xy day|ab yesterday)", 0);
        assertThat(found).containsExactly(Map.of("day", Math.max(2 + 3, 2 + 3 + 6)));
    }

    @Test
    void lookaroundsConsumeNothing() {
        assertThat(needles("(?<=in )(?=\\d)\\d{4} monday", 0)).containsExactly(Map.of("monday", 2 * 4 + 3));
    }

    @Test
    void maxLengthOfAClitic() {
        assertThat(Needles.maxLength("(?:و|ف)?(?:ب|ل|ك)?", PARTS::get, name -> null)).isEqualTo(2);
        assertThat(Needles.maxLength("a+", PARTS::get, name -> null)).isEqualTo(Needles.UNBOUNDED);
    }

    /**
     * At every place of every text where the pattern matches, one of its needles begins within its
     * reach of that place: the filter never turns away a match.
     */
    @Test
    void noMatchBeginsFurtherFromItsNeedlesThanTheirReach() {
        List<String> patterns = List.of("(?:on )?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:of )?monday",
                "(?:last|this|next) (?:week|month|year)", "\\d{1,2}{sep}\\d{1,2}{sep}\\d{2,4}",
                "(?:early |late )?(?:on )?(?:mon|tues|wednes)day", "{on}(?:the )?weekend", "(?:xy day|ab yesterday)",
                "(?:[a-z]{1,3} ){0,2}ago");
        List<String> texts = List.of("on the 3rd of Monday", "ON  the\t12th  of\nmonday", "last week and next   year",
                "12/05/2025 and 1-2-99 or 3.4.2024", "early on Tuesday, late wednesday", "upon the weekend",
                "xy day ab  yesterday", "a bc def ago, ab ago", "monday", "");
        for (String pattern : patterns) {
            List<Map<String, Integer>> found = needles(pattern, 0);
            assertThat(found).as(pattern).isNotNull();
            String regex = PARTS.entrySet().stream().reduce(pattern, (p, e) -> p.replace("{" + e.getKey() + "}",
                    "(?:" + e.getValue() + ")"), (a, b) -> a).replace(" ", "(?:[\\s\u00A0\u202F]{1,3})");
            Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher("");
            for (String text : texts) {
                String folded = Needles.foldAscii(text);
                m.reset(text);
                for (int start = 0; start < text.length(); start++) {
                    m.region(start, text.length());
                    if (m.lookingAt()) {
                        int from = start;
                        for (Map<String, Integer> set : found) {
                            boolean reached = set.entrySet().stream().anyMatch(e -> {
                                int at = folded.indexOf(e.getKey(), from);
                                return at >= 0 && at + e.getKey().length() <= m.end() && at - from <= e.getValue();
                            });
                            assertThat(reached).as(pattern + " " + set + " at " + start + " of '" + text + "'").isTrue();
                        }
                    }
                }
            }
        }
    }
}

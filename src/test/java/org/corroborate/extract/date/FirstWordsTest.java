package org.corroborate.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FirstWordsTest {
    private static final Map<String, Lexicon> LEXICONS = Map.of(
            "day", Lexicon.of(new DateLexicon("day", Map.of("1", List.of("1st", "first"), "2", List.of("second"))), 0),
            "month", Lexicon.of(new DateLexicon("month", Map.of("12", List.of("December", "Dec."))), 0));
    private static final Map<String, String> PARTS = Map.of("range_to", " ?(?:-|to|until) ?");

    private static Set<String> first(String pattern, boolean readsDigits) {
        return FirstWords.of(pattern, readsDigits, PARTS::get, LEXICONS::get);
    }

    @Test
    void aWordAfterTheFirstNeverBeginsAMatch() {
        assertEquals(Set.of("the", "first", "second"), first("(?:the )?{day:day} of {month:month}", true));
    }

    @Test
    void readsPastLookaroundsAndIntoParts() {
        assertEquals(Set.of("dec", "december"), first("(?<=(?:in|on) )(?=[A-Z]){month:month}{range_to}", false));
    }

    @Test
    void aLetterThatMayBeLeftOutEndsThePrefix() {
        assertEquals(Set.of("day"), first("days? ago", false));
    }

    @Test
    void anythingItDoesNotFollowMayBeginAnyWord() {
        assertEquals(FirstWords.ANY, first("[a-z]+ ago", false));
        assertEquals(FirstWords.ANY, first("(?:the )?\\k<x>", false));
        assertEquals(FirstWords.ANY, first("(?:{day:day}|, )of", true));
    }

    @Test
    void digitsAreLeftToTheRunsOfDigitsOnlyWhenTheRuleReadsThem() {
        assertEquals(Set.of("first", "second"), first("{day:day}", true));
        assertEquals(FirstWords.ANY, first("{day:day}", false));
    }
}

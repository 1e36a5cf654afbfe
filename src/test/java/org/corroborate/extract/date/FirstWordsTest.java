package org.corroborate.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.extract.date.FirstWords.Following;
import org.corroborate.extract.date.FirstWords.Starts;
import org.junit.jupiter.api.Test;

class FirstWordsTest {
    private static final Map<String, Lexicon> LEXICONS = Map.of(
            "day", Lexicon.of(new DateLexicon("day", Map.of("1", List.of("1st", "first"), "2", List.of("second"))), 0),
            "month", Lexicon.of(new DateLexicon("month", Map.of("12", List.of("December", "Dec."))), 0));
    private static final Map<String, String> PARTS = Map.of("range_to", " ?(?:-|to|until) ?");

    private static Starts starts(String pattern, boolean readsDigits) {
        return FirstWords.of(pattern, readsDigits, PARTS::get, LEXICONS::get);
    }

    @Test
    void aWordAfterTheFirstNeverBeginsAMatch() {
        assertEquals(new Starts(Set.of("first", "second"), Map.of("the", new Following(Set.of("first", "second"), true))),
                starts("(?:the )?{day:day} of {month:month}", true));
    }

    @Test
    void readsPastLookaroundsAndIntoParts() {
        assertEquals(new Starts(Set.of("dec", "december"), Map.of()),
                starts("(?<=(?:in|on) )(?=[A-Z]){month:month}{range_to}", false));
    }

    @Test
    void aLetterThatMayBeLeftOutEndsThePrefix() {
        assertEquals(new Starts(Set.of("day"), Map.of()), starts("days? ago", false));
    }

    @Test
    void aWholeWordThatMayEndTheMatchIsOnlyAPrefix() {
        assertEquals(new Starts(Set.of("today"), Map.of()), starts("today(?: {month:month})?", false));
    }

    @Test
    void anythingItDoesNotFollowMayBeginAnyWord() {
        assertEquals(Starts.ANY, starts("[a-z]+ ago", false));
        assertEquals(Starts.ANY, starts("(?:the )?\\k<x>", false));
        assertEquals(Starts.ANY, starts("(?:{day:day}|, )of", true));
    }

    @Test
    void digitsAreLeftToTheRunsOfDigitsOnlyWhenTheRuleReadsThem() {
        assertEquals(new Starts(Set.of("first", "second"), Map.of()), starts("{day:day}", true));
        assertEquals(Starts.ANY, starts("{day:day}", false));
    }
}

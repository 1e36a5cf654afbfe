package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WordTableTest {

    private static final WordTable<String> TABLE = WordTable.of(Map.of("الموصل", "place", "موصل", "stem", "بغداد", "capital"));

    @Test
    void findsAWordWithoutItsProcliticAndArticleWhereItStands() {
        // وبالموصل: و + ب + ال + موصل, each rest of the word looked up as it stands in the text
        String word = "وبالموصل";
        assertThat(TABLE.get(word, 2, word.length())).isEqualTo("place");
        assertThat(TABLE.get(word, 4, word.length())).isEqualTo("stem");
        assertThat(TABLE.get(word, 1, word.length())).isNull();
        assertThat(TABLE.get(word, 0, word.length())).isNull();
        assertThat(TABLE.get("لبغداد", 1, 6)).isEqualTo("capital");
    }

    @Test
    void aRestOfAWordHashesAsTheRestCutOut() {
        for (String word : new String[] {"وبالموصل", "Kidnapped", "x", "", "فالموصل والرقة"}) {
            for (int from = 0; from <= Math.min(3, word.length()); from++) {
                assertThat(WordTable.suffixHash(word, from)).as(word + " from " + from)
                        .isEqualTo(word.substring(from).hashCode());
            }
        }
    }

    @Test
    void aRestOfAStringBuilderOrOfTheMiddleOfAWordIsFoundToo() {
        assertThat(TABLE.get(new StringBuilder("وبغداد"), 1, 6)).isEqualTo("capital");
        assertThat(TABLE.get("وبغداد،", 1, 6)).isEqualTo("capital");
        assertThat(TABLE.get("بغدادي", 0, 6)).isNull();
    }

    @Test
    void aWordInCapitalsIsFoundInLowerCaseAndAWordOfNoKeysShapeIsNot() {
        WordTable<String> words = WordTable.of(Map.of("twenty", "20", "i\u0307stanbul", "city", "k", "thousand"));
        assertThat(words.getLowerCase("Some TWENTY people", 5, 11)).isEqualTo("20");
        assertThat(words.getLowerCase("Twentyone", 0, 9)).isNull();
        assertThat(words.getLowerCase("10K", 2, 3)).isEqualTo("thousand");
        // İ lowers to two chars: the word is lowered whole, its length changes, and it is found all the same
        assertThat(words.getLowerCase("\u0130stanbul", 0, 8)).isEqualTo("city");
        assertThat(words.get("twenty")).isEqualTo("20");
        assertThat(words.get("Twenty")).isNull();
    }
}

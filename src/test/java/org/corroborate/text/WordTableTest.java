package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
    void aWordsHashLessItsFirstCharsIsItsRestsHash() {
        String[] words = {"وبالموصل", "kidnapped", "ab", "فالموصل", "x".repeat(70) + "yz", "وب" + "ا".repeat(80)};
        for (String word : words) {
            int hash = word.hashCode();
            for (int k = 1; k < word.length(); k++) {
                hash = WordTable.withoutFirst(hash, word.charAt(k - 1), word.length() - k);
                assertThat(hash).as(word + " from " + k).isEqualTo(word.substring(k).hashCode());
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

    @Test
    void aLargeTableFindsEachOfItsWordsAndNoOtherAsAMapDoes() {
        // thousands of keys (as the Arabic number words with their clitics): the hash bits looked at before a probe must
        // turn away no key, in any of the three lookups, and a word of no key's hash is still no key
        Random random = new Random(35);
        String letters = "abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        Map<String, Integer> map = new HashMap<>();
        while (map.size() < 6000) {
            map.put(word(random, letters), map.size());
        }
        WordTable<Integer> table = WordTable.of(map);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            String key = e.getKey();
            assertThat(table.get(key)).isEqualTo(e.getValue());
            assertThat(table.get("و" + key + "،", 1, key.length() + 1)).isEqualTo(e.getValue());
            assertThat(table.getLowerCase("و" + key.toUpperCase(Locale.ROOT), 1, key.length() + 1)).isEqualTo(e.getValue());
            // the hash a tokeniser made as it read the word (its chars lowered one by one)
            assertThat(table.getLowerCase(key.toUpperCase(Locale.ROOT) + " ", 0, key.length(), key.hashCode())).isEqualTo(e.getValue());
        }
        int absent = 0;
        for (int i = 0; i < 60_000; i++) {
            String word = word(random, letters);
            assertThat(table.get(word)).as(word).isEqualTo(map.get(word));
            assertThat(table.get(" " + word, 1, word.length() + 1)).as(word).isEqualTo(map.get(word));
            assertThat(table.getLowerCase(word.toUpperCase(Locale.ROOT), 0, word.length())).as(word).isEqualTo(map.get(word));
            assertThat(table.getLowerCase(word.toUpperCase(Locale.ROOT), 0, word.length(), word.hashCode())).as(word)
                    .isEqualTo(map.get(word));
            absent += map.containsKey(word) ? 0 : 1;
        }
        assertThat(absent).isBetween(30_000, 59_999); // words of the table and words of none both asked
    }

    private static String word(Random random, String letters) {
        char[] word = new char[2 + random.nextInt(3)];
        for (int k = 0; k < word.length; k++) {
            word[k] = letters.charAt(random.nextInt(random.nextBoolean() ? 6 : letters.length()));
        }
        return new String(word);
    }
}

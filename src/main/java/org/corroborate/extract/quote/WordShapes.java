package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shapes of words the speech packs write with a wildcard ({@code unnamed_speakers} "the *", {@code stand_ins}
 * "the *-year-old", {@code object_shapes} "الت??ي?"), as regular expressions: the words apart from the wildcard
 * literal, words apart by any spaces.
 */
final class WordShapes {

    private WordShapes() {
    }

    /**
     * {@code shape} as a regular expression: each {@code wildcard} is {@code wildcardRegex}, the rest quoted, the spaces
     * between words {@code \s+}: "the *-year-old" with {@code *} as {@code [\p{L}\p{N}]+} →
     * {@code \Qthe\E\s+[\p{L}\p{N}]+\Q-year-old\E}.
     */
    static String regex(String shape, char wildcard, String wildcardRegex) {
        List<String> words = new ArrayList<>();
        for (String word : shape.strip().split("\\s+")) {
            StringBuilder regex = new StringBuilder();
            int from = 0;
            for (int at = word.indexOf(wildcard); at >= 0; at = word.indexOf(wildcard, from)) {
                if (at > from) {
                    regex.append(Pattern.quote(word.substring(from, at)));
                }
                regex.append(wildcardRegex);
                from = at + 1;
            }
            if (from < word.length()) {
                regex.append(Pattern.quote(word.substring(from)));
            }
            words.add(regex.toString());
        }
        return String.join("\\s+", words);
    }
}

package org.corroborate.text;

import java.util.Collection;

/** Whether a word begins or ends with one of a pack's prefixes or endings (ال، ين، -ly), as the count and quote lexicons ask. */
public final class Affixes {
    private Affixes() {
    }

    /** Whether {@code word} begins with one of {@code prefixes}. */
    public static boolean startsWithAny(String word, Collection<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends with one of {@code endings}. */
    public static boolean endsWithAny(String word, Collection<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}

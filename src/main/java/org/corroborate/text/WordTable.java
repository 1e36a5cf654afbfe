package org.corroborate.text;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable map from words to values that looks a word up where it stands in a text, without
 * cutting it out (as Lucene's {@code CharArrayMap} does): a lookup of every word of a text, and
 * of the word without a clitic or an article, would otherwise make a string each time, and those
 * strings were a good part of what extraction spent.
 *
 * <p>{@link #get(CharSequence, int, int)} finds exactly what {@code map.get(text.substring(from,
 * to))} finds; {@link #getLowerCase(String, int, int)} what {@code map.get(text.substring(from,
 * to).toLowerCase(Locale.ROOT))} finds.
 */
public final class WordTable<V> {
    private final String[] keys;
    /** The keys' hash codes ({@link String#hashCode}), compared before the keys themselves. */
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int size;

    private WordTable(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2) - 1) << 1;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        this.size = map.size();
        map.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            values[slot] = java.util.Objects.requireNonNull(value, "value");
        });
    }

    /** A table of the entries of {@code map} (no null values). */
    public static <V> WordTable<V> of(Map<String, ? extends V> map) {
        return new WordTable<>(map);
    }

    /** A table of the words of {@code words}, each its own value, for membership tests. */
    public static WordTable<String> of(java.util.Collection<String> words) {
        Map<String, String> map = new java.util.HashMap<>();
        words.forEach(w -> map.put(w, w));
        return new WordTable<>(map);
    }

    public int size() {
        return size;
    }

    /** The value of {@code word}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        int h = word.hashCode(); // cached by the string
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && keys[slot].equals(word)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Whether {@code text[from, to)} is a word of the table. */
    public boolean contains(CharSequence text, int from, int to) {
        return get(text, from, to) != null;
    }

    /** The value of the word {@code text[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    public V get(CharSequence text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && sameWord(keys[slot], text, from, to, false)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** The value of the word {@code text[from, to)} in lower case ({@link Locale#ROOT}), or null. */
    @SuppressWarnings("unchecked")
    public V getLowerCase(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!lowersAlone(c)) {
                return get(text.substring(from, to).toLowerCase(Locale.ROOT)); // the word does not lower by char
            }
            h = 31 * h + lower(c);
        }
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && sameWord(keys[slot], text, from, to, true)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * Whether {@code String.toLowerCase(Locale.ROOT)} lowers {@code text[from, to)} one char at a
     * time as {@link #lower(char)} does: true for ASCII and Arabic, where no letter has special casing.
     */
    public static boolean lowersByChar(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lowersAlone(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is ASCII or Arabic: a char that a word of such chars lowers as {@link #lower(char)} does. */
    static boolean lowersAlone(char c) {
        return c < 0x80 || (c >= 0x0600 && c <= 0x06FF);
    }

    /** An ASCII capital in lower case; any other char as it is. */
    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean sameWord(String key, CharSequence text, int from, int to, boolean lowerCase) {
        if (key.length() != to - from) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            char c = text.charAt(from + k);
            if (key.charAt(k) != (lowerCase ? lower(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

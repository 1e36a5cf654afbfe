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
    /**
     * One bit per {@link #shape} of the keys (length, first and second char), looked at before a word cut from a
     * text is hashed: most words of a text are in no table, and most of those have a shape no key has, which this
     * small array (read from the nearest cache) tells without hashing the word or probing the table.
     */
    private final long[] shapes = new long[SHAPE_BITS / 64];
    /**
     * Two bits per key's hash code, both in one long ({@link #mayHash}), looked at once a word's hash is made and before
     * the table is probed: a word whose shape some key has is still in the table only now and then (an Arabic word of
     * an article opens with ال or و as hundreds of the number words do), and a probe reads the slots, the key and its
     * chars, where this array, one to two bytes a key, is read once and stays near.
     */
    private final long[] hashBits;
    private final int hashBitsMask;

    private WordTable(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2) - 1) << 1;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        this.size = map.size();
        this.hashBits = new long[Math.max(1, capacity / 16)]; // 8 to 16 bits a key
        this.hashBitsMask = hashBits.length - 1;
        map.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            int shape = shape(key.length(), key.isEmpty() ? 0 : key.charAt(0), key.length() < 2 ? 0 : key.charAt(1));
            shapes[shape >>> 6] |= 1L << shape;
            int mixed = key.hashCode() * 0x9E3779B1;
            hashBits[(mixed >>> 12) & hashBitsMask] |= 1L << mixed | 1L << (mixed >>> 6);
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
        if (!mayHash(h)) {
            return null;
        }
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
        if (!mayHave(to - from, to > from ? text.charAt(from) : 0, to - from > 1 ? text.charAt(from + 1) : 0)) {
            return null;
        }
        int h;
        if (to == text.length() && from <= SUFFIX_HASH_REACH && text instanceof String word && word.length() < POWERS_OF_31.length) {
            h = suffixHash(word, from);
        } else {
            h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + text.charAt(k);
            }
        }
        if (!mayHash(h)) {
            return null;
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
        for (int k = from; k < to; k++) {
            if (!lowersAlone(text.charAt(k))) {
                return get(text.substring(from, to).toLowerCase(Locale.ROOT)); // the word does not lower by char
            }
        }
        if (!mayHave(to - from, to > from ? lower(text.charAt(from)) : 0, to - from > 1 ? lower(text.charAt(from + 1)) : 0)) {
            return null; // lowered a char at a time, the word keeps its length: no key has its shape
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + lower(text.charAt(k));
        }
        if (!mayHash(h)) {
            return null;
        }
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && sameWord(keys[slot], text, from, to, true)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * {@link #getLowerCase(String, int, int)} of a word whose chars all lower alone ({@link #lowersByChar}), with {@code
     * lowerHash} the hash of its chars lowered one by one ({@link #lower}), made by the caller as it read them: a
     * tokeniser that reads every word anyway need not have the table read it twice more.
     */
    @SuppressWarnings("unchecked")
    public V getLowerCase(String text, int from, int to, int lowerHash) {
        if (!mayHave(to - from, to > from ? lower(text.charAt(from)) : 0, to - from > 1 ? lower(text.charAt(from + 1)) : 0)
                || !mayHash(lowerHash)) {
            return null;
        }
        for (int slot = spread(lowerHash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == lowerHash && sameWord(keys[slot], text, from, to, true)) {
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
    public static boolean lowersAlone(char c) {
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

    /** How many chars {@link #suffixHash} takes off at most: a proclitic, an article, both (وال). */
    private static final int SUFFIX_HASH_REACH = 3;
    /** 31 to the power of the index (overflowing as {@link String#hashCode} does). */
    private static final int[] POWERS_OF_31 = new int[64];

    static {
        int p = 1;
        for (int i = 0; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = p;
            p *= 31;
        }
    }

    /**
     * {@code word.substring(from).hashCode()}, from the word's own hash (made once and kept by the string) less its
     * first {@code from} chars' share: a word is looked up whole and then without its proclitic, its article or both
     * (وبالموصل, الموصل), and hashing each rest again char by char was a good part of what those lookups cost.
     * {@code word} is shorter than {@link #POWERS_OF_31}.
     */
    static int suffixHash(String word, int from) {
        int h = word.hashCode();
        int last = word.length() - 1;
        for (int k = 0; k < from; k++) {
            h -= word.charAt(k) * POWERS_OF_31[last - k];
        }
        return h;
    }

    /**
     * The hash code of a string whose hash is {@code hash}, less its first char {@code first}, of {@code restLength}
     * chars after it: {@code "x" + rest} hashes to {@code first * 31^restLength + rest.hashCode()} (overflowing as {@link
     * String#hashCode} does), so a word's rests without one clitic after another are hashed without reading them again.
     */
    public static int withoutFirst(int hash, char first, int restLength) {
        int power = 1;
        if (restLength < POWERS_OF_31.length) {
            power = POWERS_OF_31[restLength];
        } else {
            for (int k = 0; k < restLength; k++) {
                power *= 31;
            }
        }
        return hash - first * power;
    }

    /** The size of {@link #shapes}, in bits. */
    private static final int SHAPE_BITS = 1 << 14;

    /** Where in {@link #shapes} a word of {@code length} chars beginning with {@code first} and {@code second} stands. */
    private static int shape(int length, char first, char second) {
        int h = first * 0x9E3779B1 ^ second * 0x85EBCA77 ^ length * 0xC2B2AE3D;
        return (h ^ (h >>> 15)) & (SHAPE_BITS - 1);
    }

    /** False when no key has the length and first two chars of a word ({@link #shapes}; 0 for a char past its end). */
    private boolean mayHave(int length, char first, char second) {
        int shape = shape(length, first, second);
        return (shapes[shape >>> 6] & (1L << shape)) != 0;
    }

    /** False when no key has the hash code {@code h} ({@link #hashBits}). */
    private boolean mayHash(int h) {
        int mixed = h * 0x9E3779B1;
        long bits = 1L << mixed | 1L << (mixed >>> 6);
        return (hashBits[(mixed >>> 12) & hashBitsMask] & bits) == bits;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

package org.corroborate.text;

import java.util.Objects;

/**
 * A normalised view of a text with a map back to the original. Matching runs on
 * {@link #normalized()}; every span found there is mapped back with {@link #toOriginal(int, int)}
 * so that the editor sees their own characters highlighted.
 *
 * <p>{@code offsets[i]} is the index in the original of the character that produced
 * {@code normalized.charAt(i)}; {@code offsets[normalized.length()]} is the original's length.
 * A view that changes nothing (most English text, most words looked up) keeps no offsets: each
 * index is its own, and the normalised string is the original itself.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    /** Null: the identity view. */
    private final int[] offsets;

    NormalizedText(String original, String normalized, int[] offsets) {
        this.original = Objects.requireNonNull(original, "original");
        this.normalized = Objects.requireNonNull(normalized, "normalized");
        if (offsets.length != normalized.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per char plus one");
        }
        this.offsets = offsets;
    }

    private NormalizedText(String text) {
        this.original = Objects.requireNonNull(text, "text");
        this.normalized = text;
        this.offsets = null;
    }

    /** A view that changes nothing (for text that needs no folding). */
    public static NormalizedText identity(String text) {
        return new NormalizedText(text);
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /**
     * The normalised view of the original's chars {@code [from, to)}: what normalising
     * {@code original().substring(from, to)} gives, since {@link ArabicNormalizer} folds and drops
     * each char on its own. A pass that reads an article a window at a time cuts the window out of
     * the article's view, made once, rather than folding the window again.
     */
    public String normalizedBetween(int from, int to) {
        Objects.checkFromToIndex(from, to, original.length());
        if (offsets == null) {
            return normalized.substring(from, to);
        }
        return normalized.substring(fromOriginal(from), fromOriginal(to));
    }

    /**
     * The view of the original's chars {@code [from, to)} as a text of its own: its normalised string is
     * {@link #normalizedBetween}'s, and its map sends each of those chars to its index in the window ({@code 0} at
     * {@code from}), cut out of this view's map rather than made by folding the window again.
     */
    public NormalizedText between(int from, int to) {
        String window = original.substring(from, to); // checks the bounds
        if (offsets == null) {
            return identity(window);
        }
        int start = fromOriginal(from);
        int end = fromOriginal(to);
        int[] map = new int[end - start + 1];
        for (int i = start; i < end; i++) {
            map[i - start] = offsets[i] - from;
        }
        map[end - start] = to - from; // the window's length, as for any view
        return new NormalizedText(window, normalized.substring(start, end), map);
    }

    /** The first normalised index whose char comes from {@code originalIndex} or later (the view's length when none). */
    private int fromOriginal(int originalIndex) {
        int low = 0;
        int high = normalized.length(); // offsets[length] is the original's length: never below the index
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] < originalIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The original index of the normalised character at {@code index} (0..length inclusive). */
    public int toOriginal(int index) {
        if (offsets == null) {
            return Objects.checkIndex(index, normalized.length() + 1);
        }
        return offsets[index];
    }

    /**
     * Maps a normalised span {@code [start, end)} back to the original. The original span covers
     * every original character that produced the normalised ones, including characters dropped
     * inside it (harakat, tatweel), and the dropped marks on its last letter (the tanween of "جارٍ"):
     * a span never cuts a letter from its marks. Other dropped characters after it are left out.
     */
    public int[] toOriginal(int start, int end) {
        if (start < 0 || end > normalized.length() || start > end) {
            throw new IndexOutOfBoundsException("span [" + start + "," + end + ") of " + normalized.length());
        }
        if (offsets == null) {
            return new int[] {start, end}; // no char dropped, so no mark after the span to take in
        }
        int originalStart = offsets[start];
        if (end == start) {
            return new int[] {originalStart, originalStart};
        }
        int originalEnd = offsets[end - 1] + 1;
        int next = offsets[end]; // the next kept character, or the original's length
        while (originalEnd < next && Character.getType(original.charAt(originalEnd)) == Character.NON_SPACING_MARK) {
            originalEnd++;
        }
        return new int[] {originalStart, originalEnd};
    }

    @Override
    public String toString() {
        return normalized;
    }
}

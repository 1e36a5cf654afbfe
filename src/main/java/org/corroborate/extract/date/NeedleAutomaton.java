package org.corroborate.extract.date;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place where any of a fixed set of strings occurs in a text, found in one reading of it: an
 * Aho–Corasick automaton made deterministic, so that each char costs one table step whatever the
 * number of strings. {@link DateRecognizer} seeks hundreds of needles ({@link Needles}) in every
 * text; comparing at each char the needles that begin as the text does there cost more than the
 * regex runs the needles save.
 *
 * <p>Chars that no needle contains share one column of the table (they lead back to the start).
 * Immutable and safe to share between threads.
 */
final class NeedleAutomaton {
    /** Receives each occurrence: the needle's index and where it begins. */
    interface Sink {
        void occurs(int needle, int at);
    }

    /**
     * Per char up to the highest any needle holds, its column in {@link #next}; 0 for chars in no needle, and for every
     * char past the end. Cut to the needles' chars: a table of every char took 128 KB in each automaton, and an
     * extractor of both languages holds over a hundred of them (most, {@link WordsFilter}s of a few dozen
     * needles): 15 MB of heap, of which a text reads a few lines.
     */
    private final char[] column;
    private final int columns;
    /**
     * {@code next[state * columns + column]}: the state after reading a char of that column, written as where its row
     * begins ({@code state * columns}), with the sign bit set when a needle ends there ({@link #ends}): each char costs
     * one table step, with no multiplication and no second load to ask whether a needle ends.
     */
    private final int[] next;
    /** Per state, the needles that end where the text has led to it (null: none). */
    private final int[][] ends;
    private final int[] lengths;

    /** An automaton for {@code needles}, each known by its index; empty needles are never reported. */
    NeedleAutomaton(String[] needles) {
        this(needles, false);
    }

    /**
     * An automaton for {@code needles}; with {@code foldAscii}, needles in ASCII lower case that it finds in a text
     * as they would be found in the text folded ({@link Needles#foldAscii}): a capital reads as its small letter.
     */
    NeedleAutomaton(String[] needles, boolean foldAscii) {
        char[] column = new char[Character.MAX_VALUE + 1];
        int used = 1;
        int highest = 0;
        for (String needle : needles) {
            for (int k = 0; k < needle.length(); k++) {
                char c = needle.charAt(k);
                if (foldAscii && c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("a needle of a folding automaton has a capital: " + needle);
                }
                if (column[c] == 0) {
                    column[c] = (char) used++;
                }
                highest = Math.max(highest, c);
            }
        }
        if (foldAscii) {
            for (char c = 'A'; c <= 'Z'; c++) {
                column[c] = column[c + ('a' - 'A')];
            }
        }
        this.column = Arrays.copyOf(column, highest + 1); // capitals folded to a small letter lie below it
        this.columns = used;
        this.lengths = Arrays.stream(needles).mapToInt(String::length).toArray();

        // the trie of the needles, as goto lists per state
        List<Map<Integer, Integer>> gotos = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        gotos.add(new HashMap<>());
        out.add(new ArrayList<>());
        for (int id = 0; id < needles.length; id++) {
            if (needles[id].isEmpty()) {
                continue;
            }
            int state = 0;
            for (int k = 0; k < needles[id].length(); k++) {
                int col = column[needles[id].charAt(k)];
                Integer to = gotos.get(state).get(col);
                if (to == null) {
                    to = gotos.size();
                    gotos.add(new HashMap<>());
                    out.add(new ArrayList<>());
                    gotos.get(state).put(col, to);
                }
                state = to;
            }
            out.get(state).add(id);
        }

        // breadth first: each state's failure is the longest proper suffix that is a state too;
        // its missing moves are its failure's, and it ends what its failure ends
        int states = gotos.size();
        this.next = new int[states * columns];
        int[] failure = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int col = 0; col < columns; col++) {
            Integer to = gotos.get(0).get(col);
            if (to != null) {
                next[col] = to;
                queue.add(to);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            out.get(state).addAll(out.get(failure[state]));
            for (int col = 0; col < columns; col++) {
                Integer to = gotos.get(state).get(col);
                if (to != null) {
                    failure[to] = next[failure[state] * columns + col];
                    next[state * columns + col] = to;
                    queue.add(to);
                } else {
                    next[state * columns + col] = next[failure[state] * columns + col];
                }
            }
        }
        this.ends = new int[states][];
        for (int state = 0; state < states; state++) {
            List<Integer> ids = out.get(state);
            ends[state] = ids.isEmpty() ? null : ids.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
        }
        for (int k = 0; k < next.length; k++) {
            int to = next[k];
            next[k] = to * columns | (ends[to] != null ? ENDS : 0);
        }
    }

    /** The bit of an entry of {@link #next} that tells a needle ends in the state it leads to. */
    private static final int ENDS = Integer.MIN_VALUE;

    /** Whether a needle lies wholly within {@code text[from, to)}: stops at the first that ends there. */
    boolean anyWithin(String text, int from, int to) {
        char[] column = this.column;
        int row = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            row = next[row + (c < column.length ? column[c] : 0)];
            if (row < 0) {
                return true;
            }
        }
        return false;
    }

    /** The ints of a table in one cache line of 64 bytes. */
    private static final int LINE_INTS = 16;
    /**
     * A text of at least one char per this many lines of the table has the table read through before the scan ({@link
     * #warm}): a text of 6,000 chars steps into some 600 of the 4,500 lines of the English dates' table.
     */
    private static final int TEXT_CHARS_PER_LINE = 4;
    /** Where {@link #warm} leaves what it read, so that the reading is not left out as unused. */
    private static int warmed;

    /**
     * Reads a word of every line of the tables in order. A scan steps from state to state, each step's line known only
     * once the step before it is read: where other work has pushed the table out of the caches (in an extraction, the
     * stages after the dates), each line a text steps into is a wait for memory, one after another, a scan of the English
     * bench article costing several times what it costs warm. Read in order, the lines are fetched many at once and ahead
     * of their use. Changes nothing found.
     */
    private void warm() {
        int sum = 0;
        for (int k = 0; k < next.length; k += LINE_INTS) {
            sum += next[k];
        }
        for (int k = 0; k < column.length; k += 2 * LINE_INTS) {
            sum += column[k];
        }
        warmed = sum;
    }

    /** Reports every occurrence of every needle in {@code text}, in the order of where they end. */
    void scan(String text, Sink sink) {
        char[] column = this.column;
        if (text.length() >= next.length / (LINE_INTS * TEXT_CHARS_PER_LINE)) {
            warm();
        }
        int row = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            row = next[row + (c < column.length ? column[c] : 0)];
            if (row < 0) {
                row &= ~ENDS;
                for (int id : ends[row / columns]) {
                    sink.occurs(id, k + 1 - lengths[id]);
                }
            }
        }
    }
}

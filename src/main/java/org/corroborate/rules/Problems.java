package org.corroborate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects problems for one rule file; paths are the keys and indices from the file's root,
 * joined by {@code /} (e.g. {@code rules/3/pattern}), and resolve to the line they stand on.
 */
public final class Problems {
    private final String file;
    private final Map<String, Integer> lines;
    private final List<Problem> sink;

    Problems(String file, Map<String, Integer> lines, List<Problem> sink) {
        this.file = file;
        this.lines = lines;
        this.sink = sink;
    }

    /** Reports a problem at {@code path}, or at the nearest enclosing path that has a line. */
    public void at(String path, String message) {
        String p = path;
        Integer line = lines.get(p);
        while (line == null && p.contains("/")) {
            p = p.substring(0, p.lastIndexOf('/'));
            line = lines.get(p);
        }
        sink.add(new Problem(file, line == null ? 0 : line, message));
    }

    /**
     * Reports each entry of {@code words} under {@code key} that is not one word: lists a rule reads
     * one token at a time (the count and speech packs' word keys).
     */
    public void oneWordEach(String key, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isBlank() || words.get(i).strip().contains(" ")) {
                at(key + "/" + i, "'" + words.get(i) + "' must be a single word");
            }
        }
    }

    public String file() {
        return file;
    }
}

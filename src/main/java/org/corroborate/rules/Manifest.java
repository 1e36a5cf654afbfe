package org.corroborate.rules;

import java.util.List;

/**
 * {@code <pack>/manifest.yaml}: the pack's name, its language (none for {@code common}), the
 * packs it may refer to, and every file in it with the kind of content it holds.
 */
record Manifest(String pack, @OptionalKey String language, @OptionalKey List<String> uses,
                List<Entry> files) {
    Manifest {
        uses = uses == null ? List.of() : List.copyOf(uses);
        files = List.copyOf(files);
    }

    record Entry(String path, String kind) {
    }
}

package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the rule packs under a temporary directory with one line of a pack edited, for tests of the packs' load-time checks. */
final class EditedRules {
    private EditedRules() {
    }

    /**
     * Copies {@code rules/} into {@code root} and replaces {@code from} with {@code to} in {@code pack}
     * (relative to the rules root, e.g. {@code ar/speech.yaml}); fails when {@code from} is not in the pack,
     * so an edit that no longer matches cannot pass unnoticed. Returns {@code root}.
     */
    static Path edit(Path root, String pack, String from, String to) throws IOException {
        Path rules = Path.of("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = root.resolve(rules.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Path edited = root.resolve(pack);
        String text = Files.readString(edited);
        assertThat(text).contains(from);
        Files.writeString(edited, text.replace(from, to));
        return root;
    }
}

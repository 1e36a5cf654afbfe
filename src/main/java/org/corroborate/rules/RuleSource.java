package org.corroborate.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where rule packs are read from: the copy shipped in the jar ({@link #classpath()}), or a
 * directory a newsroom edits ({@link #directory(Path)}, the CLI's {@code --rules DIR}).
 */
public interface RuleSource {

    /** The text of a file, by its path relative to the rules root; empty when absent. */
    Optional<String> read(String path) throws IOException;

    /** The files in a pack folder, when the source can list them (a directory can; a jar cannot). */
    Optional<List<String>> list(String pack) throws IOException;

    /** How problems name a file of this source. */
    String describe(String path);

    static RuleSource classpath() {
        return new RuleSource() {
            @Override
            public Optional<String> read(String path) throws IOException {
                try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream("rules/" + path)) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }

            @Override
            public Optional<List<String>> list(String pack) {
                return Optional.empty();
            }

            @Override
            public String describe(String path) {
                return "rules/" + path;
            }
        };
    }

    static RuleSource directory(Path root) {
        return new RuleSource() {
            @Override
            public Optional<String> read(String path) throws IOException {
                Path file = root.resolve(path);
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            }

            @Override
            public Optional<List<String>> list(String pack) throws IOException {
                Path dir = root.resolve(pack);
                if (!Files.isDirectory(dir)) {
                    return Optional.of(List.of());
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    return Optional.of(files.filter(Files::isRegularFile)
                            .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                            .filter(f -> !f.equals("manifest.yaml"))
                            .sorted().toList());
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}

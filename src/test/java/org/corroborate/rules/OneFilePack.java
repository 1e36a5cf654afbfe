package org.corroborate.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rules folder for a validation test: a {@code common} pack with no files and one language pack
 * that holds one rule file of one kind, written under {@code root}.
 */
public final class OneFilePack {
    private OneFilePack() {
    }

    /** Writes the folder: language pack {@code language} with {@code path} (of {@code kind}) holding {@code yaml}. */
    public static void write(Path root, String language, String kind, String path, String yaml) throws IOException {
        Files.createDirectories(root.resolve("common"));
        Files.createDirectories(root.resolve(language));
        Files.writeString(root.resolve("index.yaml"), "packs: [common, " + language + "]\n");
        Files.writeString(root.resolve("common/manifest.yaml"), "pack: common\nfiles: []\n");
        Files.writeString(root.resolve(language + "/manifest.yaml"), "pack: " + language + "\nlanguage: " + language
                + "\nuses: [common]\nfiles:\n  - {path: " + path + ", kind: " + kind + "}\n");
        Files.writeString(root.resolve(language + "/" + path), yaml);
    }
}

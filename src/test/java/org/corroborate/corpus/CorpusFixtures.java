package org.corroborate.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The report fixtures under {@code src/test/resources/corpus/}. */
public final class CorpusFixtures {
    private CorpusFixtures() {
    }

    public static Path path(String relative) {
        try {
            return Path.of(CorpusFixtures.class.getResource("/corpus").toURI()).resolve(relative);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.corroborate.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Material in {@code ../shared} (system property {@code corroborate.shared.dir}, set by
 * surefire): the real article and the third-party corpora, read in place and never copied into
 * the project. When it is absent (a clone elsewhere) a test is skipped with a clear message,
 * except on CI ({@code CI=true}), which always has it: there it fails.
 */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    /** The file or folder {@code relative} to shared/, or skip (fail on CI) when it is not there. */
    public static Path require(String relative) {
        String shared = System.getProperty("corroborate.shared.dir");
        Path path = shared == null ? null : Path.of(shared).resolve(relative);
        if (path == null || !Files.exists(path)) {
            String message = "../shared/" + relative + " not found (system property corroborate.shared.dir=" + shared + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ": CI must have shared/");
            }
            Assumptions.abort(message + ": skipped");
        }
        return path;
    }
}

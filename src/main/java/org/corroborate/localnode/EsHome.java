package org.corroborate.localnode;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Elasticsearch home the local node runs from, as assembled by {@code local-es/}. Found from
 * the system property {@code corroborate.es.home} (set by {@code bin/corroborate} and the test
 * build) or the environment variable {@code CORROBORATE_ES_HOME}.
 *
 * <p>When we are root, the node's user usually cannot read the build tree (a clone under a 0700
 * home), so the home is staged once into a world-readable copy under
 * {@code /var/tmp/corroborate-es-home/<content hash>} and reused while its content is the same.
 */
final class EsHome {
    static final Path STAGING_ROOT = Path.of("/var/tmp/corroborate-es-home");

    private EsHome() {
    }

    static Path locate() {
        String configured = System.getProperty("corroborate.es.home", System.getenv("CORROBORATE_ES_HOME"));
        if (configured == null || configured.isBlank()) {
            throw new ElasticsearchUnavailableException("es-home-missing", "the local Elasticsearch node's home is not configured: "
                    + "run through bin/corroborate, or set CORROBORATE_ES_HOME to local-es/target/es-home");
        }
        Path home = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve(".complete"))) {
            throw new ElasticsearchUnavailableException("es-home-missing", "the local Elasticsearch node is not built at " + home
                    + ": run 'mvn -f local-es/pom.xml package' (bin/corroborate does it for you)");
        }
        return home;
    }

    /** The home the node's user can read: {@code home} itself, or a staged copy when we are root. */
    static Path readableBy(Path home) throws IOException {
        if (!NodeUser.weAreRoot() || NodeUser.firstClosedFolder(home) == null) {
            return home;
        }
        Path staged = STAGING_ROOT.resolve(contentHash(home));
        if (Files.isRegularFile(staged.resolve(".complete"))) {
            return staged;
        }
        Files.createDirectories(STAGING_ROOT);
        Files.setPosixFilePermissions(STAGING_ROOT, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tmp = Files.createTempDirectory(STAGING_ROOT, "staging-");
        copyReadable(home, tmp);
        try {
            Files.move(tmp, staged, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            deleteTree(tmp); // another process staged the same content first
        }
        return staged;
    }

    private static void copyReadable(Path from, Path to) throws IOException {
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Path> all;
        try (Stream<Path> files = Files.walk(from)) {
            all = files.toList();
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isSymbolicLink(source)) {
                Files.createSymbolicLink(target, Files.readSymbolicLink(source));
            } else if (Files.isDirectory(source)) {
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    /** A hash of every file's path, size and modification time: changes whenever the build does. */
    static String contentHash(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : files.sorted().toList()) {
                String line = home.relativize(p) + "|" + (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        ? Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis() : "") + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

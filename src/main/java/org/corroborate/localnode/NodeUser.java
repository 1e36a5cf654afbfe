package org.corroborate.localnode;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who the node runs as. Elasticsearch refuses to run as root, so when we are root the node runs
 * as the unprivileged user {@code nobody} (uid/gid 65534) through {@code setpriv}; that user must
 * be able to reach ES_HOME and the JDK, and to write the data folder.
 */
final class NodeUser {
    static final int NOBODY = 65534;

    private NodeUser() {
    }

    static boolean weAreRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command prefix that drops to the node's user ({@code []} when we are not root). */
    static List<String> dropPrivileges() {
        if (!weAreRoot()) {
            return List.of();
        }
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
            throw new ElasticsearchUnavailableException("setpriv-missing", "running as root, the node must run as an unprivileged "
                    + "user, which needs setpriv (Debian package util-linux)");
        }
        return List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--");
    }

    /**
     * The first folder on the way to {@code path} (inclusive) that others cannot traverse, if
     * any: such a folder (a 0700 home, a JUnit @TempDir) hides everything below from the node.
     */
    static Path firstClosedFolder(Path path) throws IOException {
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p) && Files.isDirectory(p)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Gives the whole tree to the node's user (when we are root). */
    static void giveToNode(Path dir) throws IOException {
        if (!weAreRoot()) {
            return;
        }
        var lookup = dir.getFileSystem().getUserPrincipalLookupService();
        var user = lookup.lookupPrincipalByName(Integer.toString(NOBODY));
        var group = lookup.lookupPrincipalByGroupName(Integer.toString(NOBODY));
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(all::add);
        }
        for (Path p : all) {
            var view = Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            view.setOwner(user);
            view.setGroup(group);
        }
    }
}

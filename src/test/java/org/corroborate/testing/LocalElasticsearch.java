package org.corroborate.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.corroborate.corpus.EsSettings;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real local Elasticsearch node per test run, shared by every integration test that uses
 * this extension: started on free ports in a temporary data folder the first time a test asks,
 * stopped when the run ends (the root store closes it), even when tests fail. If the test JVM is
 * killed, the node's launcher sees its stdin close and stops the node too.
 *
 * <p>Test methods (or constructors) receive the node as an {@link EsSettings} or {@link URI}
 * parameter.
 */
public final class LocalElasticsearch implements ParameterResolver {

    /** The node of this test run, started on first use. */
    public static URI url(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(LocalElasticsearch.class))
                .getOrComputeIfAbsent("node", key -> SharedNode.start(), SharedNode.class)
                .attached.url();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == EsSettings.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        URI url = url(extension);
        return parameter.getParameter().getType() == URI.class ? url : EsSettings.of(url);
    }

    /** A temporary folder the node's user can reach (JUnit's @TempDir folders are 0700 under /tmp). */
    public static Path newDataDir(String prefix) throws IOException {
        Path base = Files.isDirectory(Path.of("/var/tmp")) ? Path.of("/var/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
        return Files.createTempDirectory(base, prefix);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static final class SharedNode implements AutoCloseable {
        private final Attached attached;
        private final Path dataDir;

        private SharedNode(Attached attached, Path dataDir) {
            this.attached = attached;
            this.dataDir = dataDir;
        }

        static SharedNode start() {
            try {
                Path dataDir = newDataDir("corroborate-it-");
                return new SharedNode(LocalNode.startAttached(dataDir, freePort()), dataDir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the test node's data folder", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                attached.close();
            } finally {
                deleteTree(dataDir);
            }
        }
    }
}

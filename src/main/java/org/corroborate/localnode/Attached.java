package org.corroborate.localnode;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A node tied to this process (tests): the launcher watches its stdin, which is a pipe from us,
 * so it stops the node when we close it and also when this JVM dies, however it dies.
 */
public final class Attached implements AutoCloseable {
    private final Process launcher;
    private final URI url;
    private final LocalNode node;

    private Attached(Process launcher, URI url, LocalNode node) {
        this.launcher = launcher;
        this.url = url;
        this.node = node;
    }

    static Attached start(LocalNode node, int httpPort) {
        try {
            Path home = EsHome.readableBy(EsHome.locate());
            node.prepareDataDir();
            Path log = node.dataDir().resolve("launcher.log");
            Process launcher = new ProcessBuilder(node.launcherCommand(home, httpPort, true))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Attached attached = null;
            try {
                URI url = awaitReady(launcher, log);
                LocalNode.waitForGreen(url);
                attached = new Attached(launcher, url, node);
                return attached;
            } finally {
                if (attached == null) { // not ready or never green: no node is left behind
                    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                    launcher.destroyForcibly();
                }
            }
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("es-start-failed", "cannot start the local node: " + e.getMessage(), e);
        }
    }

    private static URI awaitReady(Process launcher, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String ready;
        try {
            ready = line.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            launcher.destroyForcibly();
            throw new ElasticsearchUnavailableException("es-start-failed", "the local node did not start within 120 s: " + LocalNode.tail(log));
        }
        if (ready == null || !ready.startsWith("ready ")) {
            throw new ElasticsearchUnavailableException("es-start-failed", "the local node failed to start: " + LocalNode.tail(log));
        }
        return URI.create(ready.substring("ready ".length()).strip());
    }

    public URI url() {
        return url;
    }

    public Path dataDir() {
        return node.dataDir();
    }

    /** Stops the node and waits until both JVMs are gone. */
    @Override
    public void close() {
        try {
            launcher.getOutputStream().close();
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            launcher.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

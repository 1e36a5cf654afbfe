package org.corroborate.localnode;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Corroborate's embedded default: a real single Elasticsearch node on 127.0.0.1, run from the
 * home {@code local-es/} assembles, found by its data folder. The folder holds the node's data
 * (which survives restarts), its logs, and while it runs {@code node.pid} (the launcher's pid)
 * and {@code node.port} (its HTTP port).
 *
 * <p>{@link #start} runs the node detached (it outlives this process; {@link #stop} ends it);
 * {@link #startAttached} runs it tied to this process, for tests.
 */
public final class LocalNode {
    public static final int DEFAULT_PORT = 9200;
    static final String LAUNCHER_CLASS = "org.corroborate.localnode.launcher.Launcher";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;

    private LocalNode(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static LocalNode at(Path dataDir) {
        return new LocalNode(dataDir);
    }

    /**
     * The default data folder: {@code $CORROBORATE_ES_DATA} (or the system property
     * {@code corroborate.es.data}), else {@code /var/lib/corroborate/es} as root, else
     * {@code $XDG_DATA_HOME/corroborate/es} (default {@code ~/.local/share}).
     */
    public static Path defaultDataDir() {
        String configured = System.getProperty("corroborate.es.data", System.getenv("CORROBORATE_ES_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (NodeUser.weAreRoot()) {
            return Path.of("/var/lib/corroborate/es");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("corroborate").resolve("es");
    }

    /** The HTTP port the node is started on when nothing says otherwise: {@code $CORROBORATE_ES_PORT}, else 9200. */
    public static int defaultPort() {
        String configured = System.getProperty("corroborate.es.port", System.getenv("CORROBORATE_ES_PORT"));
        try {
            return configured == null || configured.isBlank() ? DEFAULT_PORT : Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("bad-port", "CORROBORATE_ES_PORT is not a port number: " + configured);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The node's URL when it answers as Elasticsearch, asked of the node itself. */
    public Optional<URI> status() {
        Optional<Integer> port = readInt(dataDir.resolve("node.port"));
        return port.map(LocalNode::url).filter(LocalNode::answers);
    }

    /** What {@link #start} did. */
    public record Started(URI url, boolean alreadyRunning) {
    }

    /** Starts the node detached on {@code httpPort} and returns once the cluster is green. */
    public Started start(int httpPort) {
        Optional<URI> running = status();
        if (running.isPresent()) {
            return new Started(running.get(), true);
        }
        cleanStaleState();
        checkPortFree(httpPort);
        try {
            Path home = EsHome.readableBy(EsHome.locate());
            prepareDataDir();
            Path log = dataDir.resolve("launcher.log");
            List<String> command = new ArrayList<>(List.of("setsid"));
            command.addAll(launcherCommand(home, httpPort, false));
            Process launcher = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            URI url = waitUntilAnswering(launcher, log);
            waitForGreen(url);
            return new Started(url, false);
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("es-start-failed", "cannot start the local node in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Starts the node tied to this process: it stops when {@link Attached#close()} runs or this JVM dies. */
    public static Attached startAttached(Path dataDir, int httpPort) {
        return Attached.start(new LocalNode(dataDir), httpPort);
    }

    /** What {@link #stop} found. */
    public enum Stopped { STOPPED, NOT_RUNNING, STALE_STATE_CLEANED }

    /** Stops the node gracefully (SIGTERM to the launcher, which shuts the server down and waits). */
    public Stopped stop() {
        Optional<ProcessHandle> launcher = launcherProcess();
        if (launcher.isEmpty()) {
            return cleanStaleState() ? Stopped.STALE_STATE_CLEANED : Stopped.NOT_RUNNING;
        }
        ProcessHandle process = launcher.get();
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            process.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        family.forEach(ProcessHandle::destroyForcibly); // nothing should be left; be sure
        cleanStaleState();
        return Stopped.STOPPED;
    }

    /** The launcher named by {@code node.pid}, if that process is alive and is our launcher. */
    Optional<ProcessHandle> launcherProcess() {
        return readInt(dataDir.resolve("node.pid"))
                .flatMap(pid -> ProcessHandle.of(pid))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(LAUNCHER_CLASS)
                        && c.contains(dataDir.toString())).orElse(false));
    }

    /** Removes {@code node.pid}/{@code node.port} left by a node that is gone; true if any was. */
    private boolean cleanStaleState() {
        if (launcherProcess().isPresent()) {
            return false;
        }
        try {
            boolean pid = Files.deleteIfExists(dataDir.resolve("node.pid"));
            boolean port = Files.deleteIfExists(dataDir.resolve("node.port"));
            return pid || port;
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("es-state", "cannot clean the stale state in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    List<String> launcherCommand(Path home, int httpPort, boolean attached) throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path closed = NodeUser.weAreRoot() ? NodeUser.firstClosedFolder(javaHome) : null;
        if (closed != null) {
            throw new ElasticsearchUnavailableException("jdk-unreachable", "the node runs as user nobody, which cannot reach the JDK "
                    + javaHome + " (" + closed + " is closed to others); use a JDK installed under /usr/lib/jvm");
        }
        List<String> command = new ArrayList<>(NodeUser.dropPrivileges());
        command.addAll(List.of(javaHome.resolve("bin").resolve("java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", home.resolve("lib") + "/*:" + home.resolve("lib/tools/corroborate-launcher") + "/*",
                LAUNCHER_CLASS,
                "--home", home.toString(),
                "--run", dataDir.toString(),
                "--http-port", Integer.toString(httpPort),
                "--transport-port", Integer.toString(freePort()),
                "--heap", System.getenv().getOrDefault("CORROBORATE_ES_HEAP", "256m")));
        if (attached) {
            command.add("--attached");
        }
        return command;
    }

    void prepareDataDir() throws IOException {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new InputRejectedException("bad-data-dir", dataDir + " is not a folder");
        }
        if (NodeUser.weAreRoot()) {
            Path closed = NodeUser.firstClosedFolder(dataDir.getParent());
            if (closed != null) {
                throw new InputRejectedException("bad-data-dir", "the node runs as user nobody (uid 65534), which cannot "
                        + "reach " + dataDir + " because " + closed + " is closed to others; choose a --data folder "
                        + "elsewhere (e.g. under /var/lib or /var/tmp)");
            }
        }
        try {
            Files.createDirectories(dataDir);
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(dataDir.resolve(dir));
            }
            NodeUser.giveToNode(dataDir);
        } catch (IOException e) {
            throw new InputRejectedException("bad-data-dir", "cannot prepare the data folder " + dataDir + ": " + e, e);
        }
        if (!NodeUser.weAreRoot() && !Files.isWritable(dataDir)) {
            throw new InputRejectedException("bad-data-dir", "the data folder " + dataDir + " is not writable");
        }
    }

    private URI waitUntilAnswering(Process launcher, Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<URI> url = status();
            if (url.isPresent()) {
                return url.get();
            }
            if (!launcher.isAlive() && launcherProcess().isEmpty()) {
                throw new ElasticsearchUnavailableException("es-start-failed", "the local node stopped while starting; "
                        + "last lines of " + log + ": " + tail(log));
            }
            sleep(200);
        }
        throw new ElasticsearchUnavailableException("es-start-failed", "the local node did not answer within "
                + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    static void waitForGreen(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=green&timeout=60s"))
                .timeout(Duration.ofSeconds(70)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"status\":\"green\"")) {
                throw new ElasticsearchUnavailableException("es-not-green", "the local node at " + url + " did not turn green: " + response.body());
            }
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("es-not-green", "the local node at " + url + " stopped answering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchUnavailableException("interrupted", "interrupted while waiting for " + url);
        }
    }

    /** True when {@code url} answers {@code GET /} as Elasticsearch. */
    static boolean answers(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/")).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200
                    && response.headers().firstValue("X-Elastic-Product").filter("Elasticsearch"::equals).isPresent();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void checkPortFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        } catch (IOException free) {
            return;
        }
        throw new InputRejectedException("port-in-use", "port " + port + " on 127.0.0.1 is taken by another program; "
                + "start the node on another one with --port");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static URI url(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static Optional<Integer> readInt(Path file) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchUnavailableException("interrupted", "interrupted while waiting for the local node");
        }
    }
}

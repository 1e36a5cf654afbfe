package org.corroborate.localnode.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

/**
 * Plays the part of Elasticsearch's unpublished server-cli for Corroborate's local node: reads
 * the config, starts the server JVM, hands it its serialized {@link ServerArgs} on stdin and
 * keeps stdin open, waits for the ready marker, and stops the node gracefully.
 *
 * <pre>
 * java -cp ES_HOME/lib/*:ES_HOME/lib/tools/corroborate-launcher/* \
 *   org.corroborate.localnode.launcher.Launcher --home ES_HOME --run DIR \
 *   --http-port 9200 --transport-port 9300 [--heap 256m] [--attached]
 * </pre>
 *
 * {@code --run DIR} holds {@code data/}, {@code logs/}, {@code tmp/} and, while the node is up,
 * {@code node.pid} (this launcher's pid) and {@code node.port} (the HTTP port). Attached (tests):
 * the node stops when this process's stdin closes, so a killed parent leaves nothing behind.
 * Detached ({@code es start}): SIGTERM stops it. Either way one line {@code ready <url>} goes to
 * stdout once the node is up; everything the server prints goes to stderr.
 */
public final class Launcher {
    /** The server writes this on stderr once it is up (server-cli's protocol). */
    static final int READY_MARKER = '\u0018';
    /** Written to the server's stdin to ask it to shut down. */
    static final int SHUTDOWN_MARKER = '\u001B';

    private final Options options;
    private volatile Process server;

    private Launcher(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("launcher: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Launcher(options).run());
    }

    private int run() throws Exception {
        Path run = options.run();
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(run.resolve(dir));
        }
        byte[] serverArgs = serializedServerArgs();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "launcher-shutdown"));

        ProcessBuilder builder = new ProcessBuilder(serverCommand());
        builder.environment().put("ES_PATH_CONF", options.home().resolve("config").toString());
        builder.environment().put("ES_TMPDIR", run.resolve("tmp").toString());
        builder.environment().put("LIBFFI_TMPDIR", run.resolve("tmp").toString());
        server = builder.start();
        pump(server.getInputStream(), System.err, false);
        pump(server.getErrorStream(), System.err, true);
        server.getOutputStream().write(serverArgs);
        server.getOutputStream().flush();
        if (options.attached()) {
            watchParent();
        }
        return server.waitFor();
    }

    private byte[] serializedServerArgs() throws IOException {
        Path run = options.run();
        Settings input = Settings.builder()
                .put("path.home", options.home().toString())
                .put("path.data", run.resolve("data").toString())
                .put("path.logs", run.resolve("logs").toString())
                .put("http.port", options.httpPort())
                .put("transport.port", options.transportPort())
                .put("node.name", "corroborate-local")
                .put("cluster.name", "corroborate-local")
                .build();
        Path config = options.home().resolve("config");
        Environment env = InternalSettingsPreparer.prepareEnvironment(input, Map.of(), config, () -> "corroborate-local");
        ServerArgs args = new ServerArgs(false, false, null, KeyStoreWrapper.create(), env.settings(),
                env.configDir(), env.logsDir());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStreamStreamOutput out = new OutputStreamStreamOutput(bytes)) {
            args.writeTo(out);
        }
        return bytes.toByteArray();
    }

    private List<String> serverCommand() {
        Path home = options.home();
        Path lib = home.resolve("lib");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xms" + options.heap());
        cmd.add("-Xmx" + options.heap());
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Des.path.home=" + home);
        cmd.add("-Des.path.conf=" + home.resolve("config"));
        cmd.add("-Des.distribution.type=tar");
        cmd.add("-Djava.io.tmpdir=" + options.run().resolve("tmp"));
        cmd.add("-Dlog4j2.formatMsgNoLookups=true");
        cmd.add("-Djava.locale.providers=CLDR");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false");
        cmd.add("-XX:+EnableDynamicAgentLoading");
        cmd.add("-Djdk.attach.allowAttachSelf=true");
        cmd.add("--patch-module=java.base=" + only(lib.resolve("entitlement-bridge")));
        cmd.add("--add-exports=java.base/org.elasticsearch.entitlement.bridge="
                + "org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net");
        cmd.add("--enable-native-access=org.elasticsearch.nativeaccess,org.elasticsearch.foreign,org.apache.lucene.core");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24) {
            cmd.add("--illegal-native-access=deny");
        }
        cmd.add("--add-modules=jdk.incubator.vector");
        cmd.add("--add-modules=jdk.net");
        cmd.add("--add-modules=jdk.management.agent");
        cmd.add("--add-opens=org.apache.lucene.core/org.apache.lucene.codecs.lucene99=org.elasticsearch.server");
        cmd.add("--add-opens=org.apache.lucene.core/org.apache.lucene.internal.vectorization=org.elasticsearch.server");
        cmd.add("--module-path=" + lib);
        cmd.add("--add-modules=ALL-MODULE-PATH");
        cmd.add("-m");
        cmd.add("org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch");
        return cmd;
    }

    private static String only(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + dir)).toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    /** Copies a server stream to ours; on stderr, takes out the ready marker and acts on it. */
    private void pump(InputStream in, PrintStream out, boolean watchReady) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    int start = 0;
                    for (int i = 0; i < n && watchReady; i++) {
                        if (buffer[i] == READY_MARKER) {
                            out.write(buffer, start, i - start);
                            start = i + 1;
                            onReady();
                        }
                    }
                    out.write(buffer, start, n - start);
                    out.flush();
                }
            } catch (IOException e) {
                // the server is gone; its exit code tells the rest
            }
        }, watchReady ? "server-stderr" : "server-stdout");
        thread.setDaemon(true);
        thread.start();
    }

    private void onReady() throws IOException {
        Path run = options.run();
        writeAtomically(run.resolve("node.port"), Integer.toString(options.httpPort()));
        writeAtomically(run.resolve("node.pid"), Long.toString(ProcessHandle.current().pid()));
        System.out.println("ready http://127.0.0.1:" + options.httpPort());
        System.out.flush();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Attached mode: our stdin closing means our parent is gone; stop the node. */
    private void watchParent() {
        Thread thread = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent; we only wait for the end
                }
            } catch (IOException e) {
                // treated like end of input
            }
            System.exit(0);
        }, "parent-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void shutdown() {
        Process p = server;
        try {
            if (p != null && p.isAlive()) {
                try {
                    OutputStream stdin = p.getOutputStream();
                    stdin.write(SHUTDOWN_MARKER);
                    stdin.flush();
                } catch (IOException e) {
                    // stdin already closed: the server stops on its own
                }
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(options.run().resolve("node.pid"));
                Files.deleteIfExists(options.run().resolve("node.port"));
            } catch (IOException e) {
                System.err.println("launcher: cannot remove state files: " + e.getMessage());
            }
        }
    }

    record Options(Path home, Path run, int httpPort, int transportPort, String heap, boolean attached) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            boolean attached = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--attached")) {
                    attached = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    values.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unexpected argument: " + args[i]);
                }
            }
            for (String required : List.of("home", "run", "http-port", "transport-port")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("missing --" + required);
                }
            }
            return new Options(Path.of(values.get("home")).toAbsolutePath(), Path.of(values.get("run")).toAbsolutePath(),
                    Integer.parseInt(values.get("http-port")), Integer.parseInt(values.get("transport-port")),
                    values.getOrDefault("heap", "256m"), attached);
        }
    }
}

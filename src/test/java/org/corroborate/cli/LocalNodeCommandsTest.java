package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.corroborate.corpus.EsSettings;
import org.corroborate.localnode.LocalNode;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code corroborate es start|status|stop} against real nodes in temporary data folders. */
class LocalNodeCommandsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private Path data;
    private int port;

    @BeforeEach
    void newDataFolder() throws IOException {
        data = LocalElasticsearch.newDataDir("corroborate-cli-");
        port = LocalElasticsearch.freePort();
    }

    @AfterEach
    void stopAndClean() throws IOException {
        CliRun.of("es", "stop", "--data", data.toString());
        System.clearProperty("corroborate.es.data");
        System.clearProperty("corroborate.es.port");
        LocalElasticsearch.deleteTree(data);
    }

    @Test
    void startPrintsOnlyTheUrlAndStatusAndStopFindTheNodeByItsDataFolder() throws Exception {
        String url = "http://127.0.0.1:" + port;
        CliRun start = CliRun.of("es", "start", "--port", Integer.toString(port), "--data", data.toString());
        assertThat(start.exit()).as(start.err()).isZero();
        assertThat(start.out()).isEqualTo(url + System.lineSeparator());
        assertThat(get(url + "/_cluster/health")).contains("\"status\":\"green\"");

        CliRun again = CliRun.of("es", "start", "--port", Integer.toString(port), "--data", data.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out().strip()).isEqualTo(url);
        assertThat(again.err()).contains("already running");

        CliRun status = CliRun.of("es", "status", "--data", data.toString());
        assertThat(status.exit()).isZero();
        assertThat(status.out().strip()).isEqualTo(url);

        long launcherPid = Long.parseLong(Files.readString(data.resolve("node.pid")).strip());
        List<ProcessHandle> javas = ProcessHandle.of(launcherPid).map(p -> {
            List<ProcessHandle> all = new java.util.ArrayList<>(p.descendants().toList());
            all.add(p);
            return all;
        }).orElseThrow();
        assertThat(javas).hasSizeGreaterThanOrEqualTo(2); // the launcher and the server JVM

        CliRun stop = CliRun.of("es", "stop", "--data", data.toString());
        assertThat(stop.exit()).isZero();
        assertThat(stop.err()).contains("stopped");
        assertThat(javas).noneMatch(ProcessHandle::isAlive);
        assertThat(data.resolve("node.pid")).doesNotExist();

        CliRun after = CliRun.of("es", "status", "--data", data.toString());
        assertThat(after.exit()).isEqualTo(6);
        assertThat(after.out()).isEmpty();
        assertThat(after.err()).startsWith("corroborate: not-running: ");
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        String url = startNode();
        put(url + "/survivor?wait_for_active_shards=1", "{\"settings\":{\"number_of_replicas\":0}}");
        put(url + "/survivor/_doc/1?refresh=true", "{\"text\":\"بقيت البيانات بعد إعادة التشغيل\"}");
        assertThat(CliRun.of("es", "stop", "--data", data.toString()).exit()).isZero();

        String again = startNode();
        assertThat(get(again + "/survivor/_count")).contains("\"count\":1");
    }

    @Test
    void cleansAStalePidFile() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.createDirectories(data);
        Files.writeString(data.resolve("node.pid"), finished.pid() + "\n");
        Files.writeString(data.resolve("node.port"), port + "\n");

        assertThat(CliRun.of("es", "status", "--data", data.toString()).exit()).isEqualTo(6);
        CliRun stop = CliRun.of("es", "stop", "--data", data.toString());
        assertThat(stop.exit()).isZero();
        assertThat(stop.err()).contains("stale pid file");
        assertThat(data.resolve("node.pid")).doesNotExist();
        assertThat(data.resolve("node.port")).doesNotExist();
    }

    @Test
    void refusesADataFolderTheNodeUserCannotReach() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only as root does the node run as another user");
        Path closed = data.resolve("closed");
        Files.createDirectories(closed);
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        CliRun start = CliRun.of("es", "start", "--port", Integer.toString(port), "--data", closed.resolve("es").toString());
        assertThat(start.exit()).isEqualTo(3);
        assertThat(start.out()).isEmpty();
        assertThat(start.err().strip()).startsWith("corroborate: bad-data-dir: ").contains(closed.toString())
                .doesNotContain("\n");
    }

    @Test
    void autoStartsTheLocalNodeWhenNoUrlIsGivenAndReusesIt() {
        System.setProperty("corroborate.es.data", data.toString());
        System.setProperty("corroborate.es.port", Integer.toString(port));
        StringWriter err = new StringWriter();
        EsSettings settings = new EsOptions().resolve(new PrintWriter(err, true));
        assertThat(settings.url()).isEqualTo(URI.create("http://127.0.0.1:" + port));
        assertThat(err.toString()).contains("started the local Elasticsearch node");
        assertThat(LocalNode.at(data).status()).contains(settings.url());

        StringWriter second = new StringWriter();
        assertThat(new EsOptions().resolve(new PrintWriter(second, true)).url()).isEqualTo(settings.url());
        assertThat(second.toString()).isEmpty();
    }

    @Test
    void anExplicitUrlWinsOverTheLocalNode() {
        EsOptions options = new EsOptions();
        options.url = "http://127.0.0.1:1";
        EsSettings settings = options.resolve(new PrintWriter(new StringWriter(), true));
        assertThat(settings.url()).isEqualTo(URI.create("http://127.0.0.1:1"));
        assertThat(LocalNode.at(data).status()).isEmpty();
    }

    private String startNode() {
        CliRun start = CliRun.of("es", "start", "--port", Integer.toString(port), "--data", data.toString());
        assertThat(start.exit()).as(start.err()).isZero();
        return start.out().strip();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void put(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }
}

package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.corroborate.cli.Checker;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.extract.RuleKinds;
import org.corroborate.http.ApiServer;
import org.corroborate.http.ServeSettings;
import org.corroborate.keys.Role;
import org.corroborate.keys.elasticsearch.ElasticsearchKeyStore;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.testing.LocalElasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 7 "under load": {@code --concurrency} (50) check requests fired at once at one server
 * instance, for {@code --rounds} (5) rounds after one warm-up round; never run by the suite.
 * Every request must be answered: 201/200 are answered, a 429 or 503 with {@code Retry-After}
 * is counted apart (answered, but refused), anything else or no answer at all is lost.
 *
 * <pre>bin/bench-api [--concurrency 50] [--rounds 5] [--warmup 2] [--concurrent-checks N] [--es URL]</pre>
 * The corpus is the cross-reference evaluation's reports and the demo's (83 reports in Arabic and
 * English, loaded through {@code POST /api/v1/reports}); the articles checked are its 56 articles
 * and the demo's, each request a new article id, its text varied by round. Without {@code --es},
 * a local node is started on a free port in a temporary folder and stopped at the end.
 */
public final class ApiBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "bench-api";
    private static final String[] VARIATIONS_AR = {"", "\n\nوسنوافيكم بالمزيد من التفاصيل لاحقاً.",
        "\n\nتابعوا آخر المستجدات على موقعنا.", "\n\nساهم في إعداد هذا التقرير مراسلونا."};
    private static final String[] VARIATIONS_EN = {"", "\n\nMore details to follow.",
        "\n\nThis story is developing.", "\n\nOur correspondents contributed to this report."};

    private ApiBench() {
    }

    private record Result(int status, boolean retryAfter, long nanos, String error) {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(option(args, "--concurrency", "50"));
        int rounds = Integer.parseInt(option(args, "--rounds", "5"));
        String slots = option(args, "--concurrent-checks", null);
        int warmup = Integer.parseInt(option(args, "--warmup", "2"));
        String es = option(args, "--es", null);
        Attached node = null;
        Path data = null;
        try {
            if (es == null) {
                data = LocalElasticsearch.newDataDir("corroborate-bench-api-es-");
                node = LocalNode.startAttached(data, freePort());
                es = node.url().toString();
            }
            run(EsSettings.of(URI.create(es)), concurrency, rounds, warmup, slots == null ? ServeSettings.DEFAULT_CONCURRENT_CHECKS
                    : Integer.parseInt(slots));
        } finally {
            if (node != null) {
                node.close();
                LocalElasticsearch.deleteTree(data);
            }
        }
    }

    private static void run(EsSettings es, int concurrency, int rounds, int warmup, int slots) throws Exception {
        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        PlaceAncestors places = Checker.places(packs);
        Checker checker = new Checker(packs, places).serving();
        // The limiter is per key and minute; the bench measures checking, so its one key may send them all.
        ServeSettings settings = ServeSettings.defaults(es, PREFIX).withRequestsPerMinute(1_000_000)
                .withConcurrentChecks(slots);
        try (ApiServer server = ApiServer.create(settings, checker.extractor(), places,
                a -> checker.check(a, es, PREFIX)).start(0);
             ElasticsearchKeyStore keys = ElasticsearchKeyStore.open(es, PREFIX)) {
            String key = keys.create("bench-" + System.nanoTime(), Role.ADMIN).secret();
            URI base = URI.create("http://localhost:" + server.port());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            int reports = loadCorpus(http, base, key);
            List<ObjectNode> articles = articles();
            System.out.printf("corpus: %d reports; articles: %d (ar and en); %d concurrent checks a round, %d rounds"
                    + " after %d warm-up rounds; %d checks at once in the server; %d cores, load average %.2f%n", reports,
                    articles.size(), concurrency, rounds, warmup, slots,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            for (int w = 0; w < warmup; w++) {
                System.out.printf("warm-up %d: %s%n", w + 1, histogram(round(http, base, key, articles, concurrency, -1 - w)));
            }
            List<Result> all = new ArrayList<>();
            long wall = 0;
            for (int r = 1; r <= rounds; r++) {
                long t0 = System.nanoTime();
                List<Result> results = round(http, base, key, articles, concurrency, r);
                long took = System.nanoTime() - t0;
                wall += took;
                all.addAll(results);
                System.out.printf("round %d: %s in %.2f s%n", r, histogram(results), took / 1e9);
            }
            report(all, wall);
        } finally {
            checker.close();
        }
    }

    /** Fires {@code concurrency} checks at once; every one gets its own article id. */
    private static List<Result> round(HttpClient http, URI base, String key, List<ObjectNode> articles,
                                      int concurrency, int round) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Result>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                ObjectNode article = articles.get(Math.floorMod(round * concurrency + i, articles.size()));
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/checks"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(article, round, i).toString(), StandardCharsets.UTF_8))
                        .build();
                futures.add(CompletableFuture.supplyAsync(() -> send(http, request, go), pool));
            }
            go.countDown();
            List<Result> results = new ArrayList<>();
            for (CompletableFuture<Result> f : futures) {
                results.add(f.join());
            }
            return results;
        }
    }

    private static Result send(HttpClient http, HttpRequest request, CountDownLatch go) {
        try {
            go.await();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Result(r.statusCode(), r.headers().firstValue("Retry-After").isPresent(), System.nanoTime() - t0,
                        r.statusCode() >= 400 ? r.body() : null);
            } catch (IOException e) {
                return new Result(0, false, System.nanoTime() - t0, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, false, 0, "interrupted");
        }
    }

    private static ObjectNode body(ObjectNode article, int round, int i) {
        boolean arabic = article.path("lang").asText().equals("ar");
        String[] variations = arabic ? VARIATIONS_AR : VARIATIONS_EN;
        ObjectNode b = JSON.createObjectNode();
        b.put("id", "bench-" + System.nanoTime() + "-" + round + "-" + i);
        b.put("revision", "1");
        b.put("text", article.path("text").asText() + variations[Math.floorMod(round + i, variations.length)]);
        b.put("lang", article.path("lang").asText());
        if (article.hasNonNull("published")) {
            b.put("published", article.get("published").asText());
        }
        if (article.hasNonNull("title")) {
            b.put("title", article.get("title").asText());
        }
        return b;
    }

    private static void report(List<Result> all, long wallNanos) {
        long ok = all.stream().filter(r -> r.status() == 200 || r.status() == 201).count();
        long refused = all.stream().filter(r -> (r.status() == 429 || r.status() == 503) && r.retryAfter()).count();
        List<Result> lost = all.stream().filter(r -> r.status() != 200 && r.status() != 201
                && !((r.status() == 429 || r.status() == 503) && r.retryAfter())).toList();
        long[] nanos = all.stream().filter(r -> r.status() != 0).mapToLong(Result::nanos).sorted().toArray();
        System.out.printf("sent %d: answered %d (201/200: %d; 429/503 with Retry-After: %d), lost %d%n", all.size(),
                all.size() - lost.size(), ok, refused, lost.size());
        System.out.println("statuses: " + histogram(all));
        if (nanos.length > 0) {
            System.out.printf("latency: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", percentile(nanos, 50) / 1e6,
                    percentile(nanos, 95) / 1e6, nanos[nanos.length - 1] / 1e6);
        }
        System.out.printf("throughput: %.1f checks/s (%d answered in %.1f s of rounds); load average after: %.2f%n",
                ok / (wallNanos / 1e9), ok, wallNanos / 1e9, loadAverage());
        lost.stream().limit(5).forEach(r -> System.out.println("lost: " + r.status() + " " + r.error()));
        all.stream().filter(r -> r.status() == 429 || r.status() == 503).limit(5)
                .forEach(r -> System.out.println("refused: " + r.status() + " " + r.error()));
        if (!lost.isEmpty()) {
            System.exit(1);
        }
    }

    private static String histogram(List<Result> results) {
        Map<Integer, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts.toString().replace("0=", "no answer=");
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static int loadCorpus(HttpClient http, URI base, String key) throws Exception {
        String feed = resource("/eval/xref/reports.jsonl") + resource("/eval/xref-blind/reports.jsonl")
                + resource("/org/corroborate/demo/reports.jsonl");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/reports"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(feed, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode summary = JSON.readTree(r.body());
        if (r.statusCode() != 200 || summary.path("failed").asInt() != 0) {
            throw new IllegalStateException("corpus not loaded: " + r.statusCode() + " " + r.body());
        }
        return summary.path("indexed").asInt();
    }

    private static List<ObjectNode> articles() {
        List<ObjectNode> articles = new ArrayList<>();
        for (String name : List.of("/eval/xref/articles.jsonl", "/eval/xref-blind/articles.jsonl")) {
            for (String line : resource(name).split("\n")) {
                if (!line.isBlank()) {
                    try {
                        articles.add((ObjectNode) JSON.readTree(line));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        ObjectNode demo = JSON.createObjectNode();
        demo.put("lang", "ar").put("published", "2026-11-25").put("text", resource("/org/corroborate/demo/article.txt"));
        articles.add(demo);
        return articles;
    }

    private static String resource(String name) {
        try (InputStream in = ApiBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int freePort() throws IOException {
        return LocalElasticsearch.freePort();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

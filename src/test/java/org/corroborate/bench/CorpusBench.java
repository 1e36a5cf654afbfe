package org.corroborate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.cli.Checker;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.elasticsearch.Clients;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.corpus.elasticsearch.SearchProbe;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.verify.ArticleCheck;
import org.corroborate.verify.CheckedArticle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Issue 6's side-by-side figures (never run by the suite): indexing throughput of {@code index}
 * (claim extraction pipelined with bulk loading) against a plain bulk load of the same reports
 * without claims, same bulk settings, same warmed node, one run each; then the latency of checking
 * a ~1,000-word article with at least 10 claims against the generated corpus, warm, in-process.
 *
 * <pre>bin/bench-corpus [--reports 100000] [--es URL] [--only index|check]</pre>
 * Without {@code --es}, a local node is started (heap from {@code CORROBORATE_ES_HEAP}, 512m by the
 * script) on {@code CORROBORATE_ES_PORT} and in {@code CORROBORATE_ES_DATA} when they are set, else on a
 * free port in a temporary folder, and stopped at the end. {@code --only check} reuses the corpus a
 * previous run left in a kept data folder.
 */
public final class CorpusBench {
    private static final String[] AR_PLACES = {"تدمر", "حلب", "حمص", "دير الزور", "الموصل", "كركوك", "بغداد", "الرمادي",
        "صنعاء", "عدن", "مأرب", "بنغازي", "طرابلس", "الخرطوم", "الفاشر", "جنين", "غزة", "إدلب", "درعا", "الرقة"};
    private static final String[] EN_PLACES = {"Palmyra", "Aleppo", "Homs", "Deir ez-Zor", "Mosul", "Kirkuk", "Baghdad",
        "Ramadi", "Sanaa", "Aden", "Marib", "Benghazi", "Tripoli", "Khartoum", "El Fasher", "Jenin", "Gaza", "Idlib", "Daraa", "Raqqa"};
    private static final String[] AR_WORDS = {"ثلاثة", "خمسة", "سبعة", "تسعة", "أحد عشر", "اثني عشر", "خمسة عشر", "عشرين"};
    private static final int[] VALUES = {3, 5, 7, 9, 11, 12, 15, 20};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_AR = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

    private CorpusBench() {
    }

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(option(args, "--reports", "100000"));
        String only = option(args, "--only", "all");
        String es = option(args, "--es", null);
        Path dir = Files.createTempDirectory(Path.of("/var/tmp"), "corroborate-bench-");
        Attached node = null;
        try {
            if (es == null) {
                node = LocalNode.startAttached(dataDir(), port());
                es = node.url().toString();
            }
            run(reports, EsSettings.of(java.net.URI.create(es)), dir, only);
        } finally {
            if (node != null) {
                node.close();
            }
            deleteTree(dir); // the generated feed (34 MB at 100,000 reports)
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code CORROBORATE_ES_PORT} when set (several people share a machine), else a free port. */
    private static int port() throws IOException {
        String configured = System.getenv("CORROBORATE_ES_PORT");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.strip());
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code CORROBORATE_ES_DATA} when set, else a new temporary folder; never the default data folder. */
    private static Path dataDir() throws IOException {
        String configured = System.getenv("CORROBORATE_ES_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Files.createTempDirectory(Path.of("/var/tmp"), "corroborate-bench-es-");
    }

    private static void run(int reports, EsSettings es, Path dir, String only) throws IOException {
        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        PlaceAncestors places = Checker.places(packs);
        ClaimExtractor extractor = new ClaimExtractor(packs);
        System.out.printf("load before: %s%n", load());
        if (!only.equals("check")) {
            loadBoth(reports, es, dir, extractor, places);
            System.out.printf("node heap after loading: %s%n", heap(es));
        }
        if (!only.equals("index")) {
            checkLatency(reports, es, packs, places, extractor);
            System.out.printf("node heap after checking: %s%n", heap(es));
        }
        System.out.printf("load after: %s%n", load());
    }

    private static void loadBoth(int reports, EsSettings es, Path dir, ClaimExtractor extractor, PlaceAncestors places)
            throws IOException {
        Path feed = dir.resolve("reports.jsonl");
        long bytes = generate(feed, reports);
        System.out.printf("generated %,d reports, %.1f MB%n", reports, bytes / 1e6);
        deleteBenchIndices(es); // a kept data folder (CORROBORATE_ES_DATA) must not turn new reports into replaced ones

        ClaimSource claims = r -> extractor.extract(r.text(), r.lang(), r.published());
        // warm the node (nested claim documents included) and this JVM's extraction, so both runs see steady state
        load(es, "bench-warmup", feed, claims, places);
        double plain = load(es, "bench-plain", feed, ClaimSource.NONE, places);
        double full = load(es, "bench-full", feed, claims, places);
        System.out.printf("plain bulk load (no claims): %,.0f reports/s, %.2f MB/s%n", reports / plain, bytes / 1e6 / plain);
        System.out.printf("index (extraction pipelined with bulk): %,.0f reports/s, %.2f MB/s%n", reports / full, bytes / 1e6 / full);
        System.out.printf("ratio index / plain: %.3f (target >= 0.5; three decimals, so that 0.495 never shows as 0.50)%n", plain / full);
    }

    private static void checkLatency(int reports, EsSettings es, RulePacks packs, PlaceAncestors places,
                                     ClaimExtractor extractor) throws IOException {
        String article = article();
        LocalDate published = LocalDate.of(2026, 6, 15);
        CheckedArticle checked = CheckedArticle.ofText("bench-article", null, Language.AR, published, article);
        List<Claim> claims = extractor.extract(article, Language.AR, published);
        System.out.printf("article: %d words, %d claims%n", article.split("\\s+").length, claims.size());
        Checker checker = new Checker(packs, places);
        for (int i = 0; i < 20; i++) {
            checker.check(checked, es, "bench-full");
        }
        long[] nanos = new long[50];
        long cpu0 = ownCpuNanos();
        long node0 = nodeCpuMillis(es);
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            checker.check(checked, es, "bench-full");
            nanos[i] = System.nanoTime() - t0;
        }
        long nodeCpu = nodeCpuMillis(es) - node0;
        long ownCpu = ownCpuNanos() - cpu0;
        String report = System.getenv("CORROBORATE_BENCH_REPORT");
        if (report != null && !report.isBlank()) { // to show that a speed change left the report as it was
            Files.writeString(Path.of(report), org.corroborate.verify.CheckReportJson.write(
                    checker.check(checked, es, "bench-full")));
        }
        checker.close();
        Arrays.sort(nanos);
        System.out.printf("check latency over %,d reports: p50 %.0f ms, p95 %.0f ms (target p95 < 250 ms)%n", reports,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
        System.out.printf("CPU per check: node %d ms, this JVM %.0f ms%n", nodeCpu / nanos.length,
                ownCpu / 1e6 / nanos.length);
        breakdown(es, places, extractor, checked, claims);
    }

    /** Where a check's time goes: extraction, the msearch round trip against Elasticsearch's own took, comparing. */
    private static void breakdown(EsSettings es, PlaceAncestors places, ClaimExtractor extractor, CheckedArticle checked,
                                  List<Claim> claims) throws IOException {
        ArticleCheck articleCheck = ArticleCheck.withDefaults(places, extractor.unnamedSpeakers(),
                extractor.gazetteer().statedPlaces().kindWords());
        List<ClaimQuery> queries = articleCheck.queries(checked, claims);
        String alias = IndexSettings.fromEnvironment("bench-full", es.url(), System.getenv()).alias();
        int runs = 20;
        long extract = 0;
        long search = 0;
        long compare = 0;
        long[] took = new long[queries.size() + 1];
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(es, IndexSettings.fromEnvironment("bench-full", es.url(), System.getenv()));
             SearchProbe probe = new SearchProbe(es, alias, places)) {
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                List<Claim> found = extractor.extract(checked.text(), checked.lang(), checked.published());
                long t1 = System.nanoTime();
                List<ClaimHits> hits = corpus.search(places).search(articleCheck.queries(checked, found));
                long t2 = System.nanoTime();
                articleCheck.compare(checked, found, hits);
                long t3 = System.nanoTime();
                extract += t1 - t0;
                search += t2 - t1;
                compare += t3 - t2;
                List<Long> t = probe.took(queries);
                for (int j = 0; j < took.length; j++) {
                    took[j] += t.get(j);
                }
            }
            System.out.printf("check breakdown (mean of %d): extraction %.1f ms, msearch round trip %.1f ms, compare %.1f ms%n",
                    runs, extract / 1e6 / runs, search / 1e6 / runs, compare / 1e6 / runs);
            StringBuilder per = new StringBuilder();
            int slowest = 0;
            for (int j = 1; j < took.length; j++) {
                per.append(j == 1 ? "" : ", ").append(queries.get(j - 1).key()).append(' ')
                        .append(queries.get(j - 1).claim().type()).append(' ').append(took[j] / runs);
                if (took[j] > took[slowest + 1]) {
                    slowest = j - 1;
                }
            }
            System.out.printf("msearch took (server, mean ms) %d; per sub-search: %s%n", took[0] / runs, per);
            String dump = System.getenv("CORROBORATE_BENCH_MSEARCH");
            if (dump != null && !dump.isBlank()) {
                Files.writeString(Path.of(dump), probe.ndjson(queries, alias));
            }
            System.out.printf("profile of the slowest sub-search (%s):%n%s", queries.get(slowest).key(),
                    probe.profile(queries.get(slowest), alias));
        }
    }

    private static void deleteBenchIndices(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.open(es)) {
            List<String> indices = List.of("bench-warmup", "bench-plain", "bench-full").stream()
                    .flatMap(prefix -> java.util.stream.IntStream.rangeClosed(1, ElasticsearchCorpus.MAPPING_VERSION)
                            .mapToObj(IndexSettings.fromEnvironment(prefix, es.url(), System.getenv())::index))
                    .toList();
            client.indices().delete(d -> d.index(indices).ignoreUnavailable(true));
        }
    }

    /** The node's heap in use and its maximum, as the node reports it. */
    private static String heap(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.open(es)) {
            var jvm = client.nodes().stats(s -> s.metric(co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric.Jvm)).nodes().values().iterator().next().jvm().mem();
            return String.format("%d MB used of %d MB", jvm.heapUsedInBytes() / (1 << 20), jvm.heapMaxInBytes() / (1 << 20));
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double load(EsSettings es, String prefix, Path feed, ClaimSource claims, PlaceAncestors places)
            throws IOException {
        long cpu0 = ownCpuNanos();
        long node0 = nodeCpuMillis(es);
        long t0 = System.nanoTime();
        long reports;
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(es, IndexSettings.fromEnvironment(prefix, es.url(), System.getenv()))) {
            corpus.ensureIndex();
            IndexSummary summary = corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(feed), claims,
                    places, IndexListener.NONE);
            if (summary.failed() > 0) {
                throw new IllegalStateException(summary.describe());
            }
            reports = summary.indexed();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CPU per report does not depend on what else the machine runs, unlike reports/s (issue 6: shared cores)
        System.out.printf("  %s: %.1f s; CPU per 1,000 reports: this JVM %.0f ms, node %d ms%n", prefix, seconds,
                (ownCpuNanos() - cpu0) / 1e6 / reports * 1000, (nodeCpuMillis(es) - node0) * 1000 / reports);
        return seconds;
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long nodeCpuMillis(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.open(es)) {
            return client.nodes().stats(s -> s.metric(co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric.Process))
                    .nodes().values().iterator().next().process().cpu().totalInMillis();
        }
    }

    /** Varied short reports in both languages: casualties and arrests in 20 places over two years. */
    static long generate(Path feed, int n) throws IOException {
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2025, 1, 1);
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int place = random.nextInt(AR_PLACES.length);
                int count = random.nextInt(VALUES.length);
                LocalDate day = start.plusDays(random.nextInt(730));
                boolean arabic = random.nextBoolean();
                String text = arabic
                        ? AR_PLACES[place] + " - قُتل " + AR_WORDS[count] + " جنود وأصيب " + (VALUES[count] + random.nextInt(9))
                          + " آخرون في هجوم استهدف حاجزا عسكريا قرب " + AR_PLACES[place] + " في " + day.getDayOfMonth() + " "
                          + MONTHS_AR[day.getMonthValue() - 1] + " " + day.getYear() + "، وفق مصادر أمنية. وقال مسؤول محلي إن "
                          + "قوات الأمن اعتقلت " + (2 + random.nextInt(20)) + " مشتبها بهم بعد الهجوم."
                        : "Gunmen killed " + VALUES[count] + " soldiers and wounded " + (VALUES[count] + random.nextInt(9))
                          + " others in an attack on a checkpoint near " + EN_PLACES[place] + " on " + MONTHS_EN[day.getMonthValue() - 1]
                          + " " + day.getDayOfMonth() + ", " + day.getYear() + ", security sources said. Police later arrested "
                          + (2 + random.nextInt(20)) + " suspects, a local official said.";
                String line = String.format("{\"id\": \"bench-%d\", \"source\": \"outlet-%d\", \"lang\": \"%s\", \"published\": \"%s\", \"text\": %s}",
                        i, random.nextInt(40), arabic ? "ar" : "en", day.plusDays(random.nextInt(3)),
                        com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text));
                out.write(line);
                out.newLine();
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return bytes;
    }

    /** A ~1,000-word Arabic article with a dozen or so claims: four dated incidents, the rest background. */
    private static String article() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String place = AR_PLACES[i % AR_PLACES.length];
            paragraphs.add(place + " - قُتل " + AR_WORDS[i % AR_WORDS.length] + " جنود وأصيب " + (5 + i)
                    + " آخرون في هجوم استهدف حاجزا عسكريا قرب " + place + " في " + (1 + i) + " يونيو 2026، وفق مصادر أمنية. "
                    + "وقال مسؤول محلي إن قوات الأمن اعتقلت " + (3 + i) + " مشتبها بهم بعد الهجوم.");
        }
        String background = "ويشهد محيط المدن الكبرى منذ أشهر توترا أمنيا متصاعدا تنسبه السلطات إلى خلايا مسلحة تنشط في "
                + "المناطق الريفية والصحراوية، مستفيدة من اتساع الرقعة الجغرافية وصعوبة مراقبة الطرق الفرعية. ويرى مراقبون أن "
                + "تحسين التنسيق بين الأجهزة الأمنية وتبادل المعلومات مع السكان المحليين من شأنه أن يحد من قدرة هذه الخلايا "
                + "على التحرك، فيما تطالب منظمات محلية بتعزيز الخدمات في القرى النائية لقطع الطريق على محاولات التجنيد.";
        for (int i = 0; i < 14; i++) {
            paragraphs.add(background);
        }
        return String.join("\n\n", paragraphs);
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

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

import org.corroborate.api.Language;
import org.corroborate.cli.Checker;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.verify.CheckedArticle;

/**
 * Issue 6's side-by-side figures (never run by the suite): indexing throughput of {@code index}
 * (claim extraction pipelined with bulk loading) against a plain bulk load of the same reports
 * without claims, same bulk settings, same warmed node, one run each; then the latency of checking
 * a ~1,000-word article with at least 10 claims against the generated corpus, warm, in-process.
 *
 * <pre>bin/bench-corpus [--reports 100000] [--es URL]</pre>
 * Without {@code --es}, a local node is started on a free port in a temporary folder (heap from
 * {@code CORROBORATE_ES_HEAP}, 512m by the script) and stopped at the end.
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
        String es = option(args, "--es", null);
        Path dir = Files.createTempDirectory(Path.of("/var/tmp"), "corroborate-bench-");
        Attached node = null;
        try {
            if (es == null) {
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                node = LocalNode.startAttached(Files.createTempDirectory(Path.of("/var/tmp"), "corroborate-bench-es-"), port);
                es = node.url().toString();
            }
            run(reports, EsSettings.of(java.net.URI.create(es)), dir);
        } finally {
            if (node != null) {
                node.close();
            }
        }
    }

    private static void run(int reports, EsSettings es, Path dir) throws IOException {
        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        PlaceAncestors places = Checker.places(packs);
        ClaimExtractor extractor = new ClaimExtractor(packs);
        Path feed = dir.resolve("reports.jsonl");
        long bytes = generate(feed, reports);
        System.out.printf("generated %,d reports, %.1f MB%n", reports, bytes / 1e6);

        load(es, "bench-warmup", feed, ClaimSource.NONE, places); // warm the node and the JIT
        double plain = load(es, "bench-plain", feed, ClaimSource.NONE, places);
        ClaimSource claims = r -> extractor.extract(r.text(), r.lang(), r.published());
        double full = load(es, "bench-full", feed, claims, places);
        System.out.printf("plain bulk load (no claims): %,.0f reports/s, %.2f MB/s%n", reports / plain, bytes / 1e6 / plain);
        System.out.printf("index (extraction pipelined with bulk): %,.0f reports/s, %.2f MB/s%n", reports / full, bytes / 1e6 / full);
        System.out.printf("ratio index / plain: %.2f (target >= 0.5)%n", plain / full);

        String article = article();
        CheckedArticle checked = CheckedArticle.ofText("bench-article", null, Language.AR, LocalDate.of(2026, 6, 15), article);
        System.out.printf("article: %d words, %d claims%n", article.split("\\s+").length,
                extractor.extract(article, Language.AR, LocalDate.of(2026, 6, 15)).size());
        Checker checker = new Checker(packs, places);
        for (int i = 0; i < 20; i++) {
            checker.check(checked, es, "bench-full");
        }
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            checker.check(checked, es, "bench-full");
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("check latency over %,d reports: p50 %.0f ms, p95 %.0f ms (target p95 < 250 ms)%n", reports,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
    }

    private static double load(EsSettings es, String prefix, Path feed, ClaimSource claims, PlaceAncestors places) {
        long t0 = System.nanoTime();
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(es, IndexSettings.fromEnvironment(prefix, es.url(), System.getenv()))) {
            corpus.ensureIndex();
            IndexSummary summary = corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(feed), claims,
                    places, IndexListener.NONE);
            if (summary.failed() > 0) {
                throw new IllegalStateException(summary.describe());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Varied short reports in both languages: casualties and arrests in 20 places over two years. */
    private static long generate(Path feed, int n) throws IOException {
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

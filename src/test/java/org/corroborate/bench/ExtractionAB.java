package org.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.corroborate.api.Language;

/**
 * Interleaved A/B of full claim extraction between two builds in one JVM, for speed changes that keep output
 * identical while other work shares the cores (JMH is too slow and too noisy there). Each side is a tree's
 * {@code target/classes} and its {@code rules/} folder, loaded in its own {@link URLClassLoader} over the shared
 * dependency class path ({@code target/bench.classpath}, or {@code -Dab.classpath=...}). Both sides are warmed,
 * then rounds alternate A, B, B, A, A, B … (the order flips each pair, so neither side always runs second), each
 * measured in this thread's CPU time over the {@link BenchArticles} article. Prints per language the median ratio
 * B/A of throughput with its 95% confidence interval (from the order statistics) and its quartiles, each side's median MB/s (MB as in {@link ReadBytes}), each side's bytes
 * allocated per pass, and whether both sides returned the same claims for the article.
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.corroborate.bench.ExtractionAB \
 *     BASE/target/classes BASE/rules target/classes rules [pairs=30] [reps per round=100] [en,ar]</pre>
 * A ratio above 1 means B is faster. The side loaded second tends to measure a few per cent slower (the JDK's
 * shared code sees its classes after the other side's), so run each comparison twice, once with
 * {@code -Dab.loadBFirst=true}, and read both; an A/A (the same tree twice) shows the noise floor.
 */
public final class ExtractionAB {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

    private ExtractionAB() {
    }

    /** One side: a build's extractor, called through its own class loader. */
    private record Side(Object extractor, Method extract, Method fromCode) {
        static Side load(Path classes, Path rules, URL[] dependencies) throws ReflectiveOperationException,
                MalformedURLException {
            URL[] urls = new URL[dependencies.length + 1];
            urls[0] = classes.toUri().toURL();
            System.arraycopy(dependencies, 0, urls, 1, dependencies.length);
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> source = loader.loadClass("org.corroborate.rules.RuleSource");
            Class<?> packs = loader.loadClass("org.corroborate.rules.RulePacks");
            Object kinds = loader.loadClass("org.corroborate.extract.RuleKinds").getField("ALL").get(null);
            Object loaded = packs.getMethod("load", source, java.util.Map.class)
                    .invoke(null, source.getMethod("directory", Path.class).invoke(null, rules), kinds);
            Class<?> type = loader.loadClass("org.corroborate.extract.ClaimExtractor");
            Class<?> language = loader.loadClass("org.corroborate.api.Language");
            return new Side(type.getConstructor(packs).newInstance(loaded),
                    type.getMethod("extract", String.class, language, LocalDate.class),
                    language.getMethod("fromCode", String.class));
        }

        Object language(String code) throws ReflectiveOperationException {
            return fromCode.invoke(null, code);
        }

        Object run(String text, Object language) throws ReflectiveOperationException {
            return extract.invoke(extractor, text, language, PUBLISHED);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ExtractionAB A_CLASSES A_RULES B_CLASSES B_RULES [pairs] [reps] [en,ar]");
            System.exit(2);
        }
        URL[] dependencies = dependencies();
        boolean bFirst = Boolean.getBoolean("ab.loadBFirst");
        Side b = bFirst ? Side.load(Path.of(args[2]), Path.of(args[3]), dependencies) : null;
        Side a = Side.load(Path.of(args[0]), Path.of(args[1]), dependencies);
        if (!bFirst) {
            b = Side.load(Path.of(args[2]), Path.of(args[3]), dependencies);
        }
        System.out.println("loaded first: " + (bFirst ? "B" : "A"));
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int reps = args.length > 5 ? Integer.parseInt(args[5]) : 100;
        String[] codes = args.length > 6 ? args[6].split(",") : new String[] {"en", "ar"};
        for (String code : codes) {
            compare(a, b, code, pairs, reps);
        }
    }

    private static void compare(Side a, Side b, String code, int pairs, int reps) throws Exception {
        String text = BenchArticles.article(Language.fromCode(code));
        int bytes = BenchArticles.utf8Length(text);
        Object langA = a.language(code);
        Object langB = b.language(code);
        boolean same = a.run(text, langA).toString().equals(b.run(text, langB).toString());
        for (int i = 0; i < 5; i++) {
            round(a, text, langA, reps);
            round(b, text, langB, reps);
        }
        double[] mbA = new double[pairs];
        double[] mbB = new double[pairs];
        double[] ratios = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            boolean aFirst = p % 2 == 0;
            long nanosA;
            long nanosB;
            if (aFirst) {
                nanosA = round(a, text, langA, reps);
                nanosB = round(b, text, langB, reps);
            } else {
                nanosB = round(b, text, langB, reps);
                nanosA = round(a, text, langA, reps);
            }
            mbA[p] = mbPerSecond(bytes, reps, nanosA);
            mbB[p] = mbPerSecond(bytes, reps, nanosB);
            ratios[p] = mbB[p] / mbA[p];
        }
        Arrays.sort(ratios);
        Arrays.sort(mbA);
        Arrays.sort(mbB);
        // the median's 95% confidence interval from the order statistics: ranks n/2 -/+ 1.96 sqrt(n)/2
        int reach = (int) Math.ceil(1.96 * Math.sqrt(pairs) / 2);
        double low = ratios[Math.max(0, (pairs - 1) / 2 - reach)];
        double high = ratios[Math.min(pairs - 1, pairs / 2 + reach)];
        System.out.printf("%s: B/A median %.3f (95%% CI %.3f-%.3f; quartiles %.3f-%.3f; %d pairs x %d reps); A %.2f MB/s,"
                + " B %.2f MB/s; allocated per pass A %d KB, B %d KB; same claims: %s%n", code, quantile(ratios, 0.5),
                low, high, quantile(ratios, 0.25), quantile(ratios, 0.75), pairs, reps, quantile(mbA, 0.5), quantile(mbB, 0.5),
                allocated(a, text, langA) / 1024, allocated(b, text, langB) / 1024, same ? "yes" : "NO");
    }

    private static long round(Side side, String text, Object language, int reps) throws ReflectiveOperationException {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            side.run(text, language);
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
    }

    private static long allocated(Side side, String text, Object language) throws ReflectiveOperationException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int passes = 20;
        long start = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < passes; i++) {
            side.run(text, language);
        }
        return (threads.getCurrentThreadAllocatedBytes() - start) / passes;
    }

    private static double mbPerSecond(int bytes, int reps, long nanos) {
        return (double) bytes * reps / nanos * 1e9 / (1 << 20);
    }

    /** The q-quantile of sorted values, by linear interpolation between neighbours. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }

    private static URL[] dependencies() throws IOException {
        String path = System.getProperty("ab.classpath");
        if (path == null) {
            path = Files.readString(Path.of("target/bench.classpath")).strip();
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}

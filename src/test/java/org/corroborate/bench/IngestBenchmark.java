package org.corroborate.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.corroborate.api.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Fixtures;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.ReadOptions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingestion throughput (issue 3) for HTML and DOCX: the fixture articles as they are
 * ({@code article}, a few KB) and grown to about 1 MB by repeating their body paragraphs
 * ({@code large}). The score is articles/s; the {@code bytes} counter is input bytes/s.
 * Run: {@code bin/bench IngestBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class IngestBenchmark {
    private static final int LARGE_BYTES = 1024 * 1024;

    @Param({"article", "large"})
    public String size;

    private final ArticleReader reader = new ArticleReader(IngestLimits.defaults());
    private byte[] html;
    private byte[] docx;

    /** Counts input bytes and plain-text chars; JMH reports them as rates beside articles/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
        public long textChars;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            textChars = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        html = Fixtures.bytes("html/en-swat-floods.html");
        docx = Fixtures.bytes("docx/en-flood.docx");
        if (size.equals("large")) {
            html = largeHtml(new String(html, StandardCharsets.UTF_8));
            docx = largeDocx(docx);
        }
        System.err.printf("%s: HTML %d bytes, DOCX %d bytes; text %d and %d chars%n", size, html.length, docx.length,
                reader.read(html, "a.html", ReadOptions.none()).text().length(),
                reader.read(docx, "a.docx", ReadOptions.none()).text().length());
    }

    @Benchmark
    public Article html(Bytes counter) {
        counter.bytes += html.length;
        Article article = reader.read(html, "article.html", ReadOptions.none());
        counter.textChars += article.text().length();
        return article;
    }

    @Benchmark
    public Article docx(Bytes counter) {
        counter.bytes += docx.length;
        Article article = reader.read(docx, "article.docx", ReadOptions.none());
        counter.textChars += article.text().length();
        return article;
    }

    private static byte[] largeHtml(String page) {
        int from = page.indexOf("<p>MINGORA");
        int to = page.indexOf("<div class=\"newsletter-signup\">");
        String body = page.substring(from, to);
        StringBuilder grown = new StringBuilder(page.substring(0, to));
        while (grown.length() < LARGE_BYTES) {
            grown.append(body);
        }
        return grown.append(page.substring(to)).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] largeDocx(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("word/document.xml") ? growDocumentXml(content) : content);
            }
        }
        return out.toByteArray();
    }

    /**
     * Repeats the body paragraphs until document.xml is about twice {@link #LARGE_BYTES}, which
     * gives about as much plain text as the large HTML. Repeated paragraphs zip far better than
     * real prose, so compare formats by the {@code textChars} rate, not by file bytes.
     */
    private static byte[] growDocumentXml(byte[] xml) {
        String doc = new String(xml, StandardCharsets.UTF_8);
        int from = doc.indexOf("<w:p><w:pPr><w:pStyle w:val=\"TextBody\"/>");
        int to = doc.indexOf("<w:sectPr");
        if (from < 0 || to < from) {
            throw new UncheckedIOException(new IOException("unexpected document.xml layout"));
        }
        String body = doc.substring(from, to);
        StringBuilder grown = new StringBuilder(doc.substring(0, to));
        while (grown.length() < 2L * LARGE_BYTES) {
            grown.append(body);
        }
        return grown.append(doc.substring(to)).toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.AbstractThrowableAssert;
import org.corroborate.api.Article;
import org.corroborate.api.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3: every bad input gets a typed error within bounded time and memory. */
class BadInputTest {
    private static final long MB = 1024L * 1024L;
    private final ArticleReader reader = new ArticleReader();

    private static AbstractThrowableAssert<?, ? extends Throwable> rejected(Runnable read, String code) {
        return assertThatThrownBy(read::run).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void emptyFileIsEmptyInput(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        rejected(() -> reader.read(empty, ReadOptions.none()), "empty-input");
    }

    @Test
    void whiteSpaceOnlyIsEmptyInput() {
        rejected(() -> reader.read(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8), "blank.txt", ReadOptions.none()),
                "empty-input");
    }

    @Test
    void binaryGarbageIsAnUnsupportedFormat() {
        byte[] garbage = new byte[4096];
        new Random(20251219L).nextBytes(garbage);

        rejected(() -> reader.read(garbage, "article.docx", ReadOptions.none()), "unsupported-format")
                .hasMessageStartingWith("unsupported format: ");
    }

    @Test
    void anImageIsRefusedWithItsMediaType() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);

        rejected(() -> reader.read(png.toByteArray(), "photo.png", ReadOptions.none()), "unsupported-format")
                .hasMessageStartingWith("unsupported format: image/png");
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsUnsupported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("Police said two men were arrested.".getBytes(StandardCharsets.UTF_8));
        }

        rejected(() -> reader.read(out.toByteArray(), "notes.zip", ReadOptions.none()), "unsupported-format")
                .hasMessageContaining("application/zip");
    }

    @Test
    void encryptedPdfIsRefused() {
        rejected(() -> reader.read(Fixtures.path("pdf/encrypted.pdf"), ReadOptions.none()), "encrypted-document")
                .hasMessageContaining("PDF");
    }

    @Test
    void passwordProtectedDocxIsRefused() throws Exception {
        byte[] encrypted = encryptedDocx(Fixtures.bytes("docx/en-flood.docx"), "reporter-pass");

        rejected(() -> reader.read(encrypted, "locked.docx", ReadOptions.none()), "encrypted-document");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() {
        ArticleReader small = new ArticleReader(IngestLimits.defaults().withMaxBytes(1024));

        rejected(() -> small.read(Fixtures.path("html/en-swat-floods.html"), ReadOptions.none()), "too-large")
                .hasMessageContaining("over the limit of 1.0 KB");
        assertThat(IngestLimits.defaults().maxBytes()).isEqualTo(50 * MB);
    }

    @Test
    void zipBombInsideDocxIsRefused() throws IOException {
        byte[] bomb = docxWithExtraEntry(64 * MB);
        assertThat(bomb.length).isLessThan((int) MB);

        rejected(() -> reader.read(bomb, "bomb.docx", ReadOptions.none()), "zip-bomb")
                .hasMessageContaining("suspected zip bomb");
    }

    @Test
    void unpackedSizeLimitIsConfigurable() {
        ArticleReader strict = new ArticleReader(IngestLimits.defaults().withMaxUnpackedBytes(1024));

        rejected(() -> strict.read(Fixtures.path("docx/en-flood.docx"), ReadOptions.none()), "zip-bomb")
                .hasMessageContaining("more than 1.0 KB");
    }

    @Test
    void truncatedDocxIsCorrupt() {
        byte[] docx = Fixtures.bytes("docx/en-flood.docx");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        rejected(() -> reader.read(truncated, "cut.docx", ReadOptions.none()), "corrupt-document");
    }

    @Test
    void hundredThousandNestedElementsAreReadWithoutBlowingTheStack() {
        String sentence = "Police said two men were arrested after the fire at the warehouse on Monday.";
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + sentence + "</p>"
                + "</div>".repeat(100_000) + "</body></html>";

        long start = System.nanoTime();
        Article article = reader.read(html.getBytes(StandardCharsets.UTF_8), "deep.html", ReadOptions.none());

        assertThat(article.paragraphs()).extracting(p -> p.text()).containsExactly(sentence);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffendingByte() {
        rejected(() -> reader.read(Fixtures.path("text/invalid-utf8.txt"), ReadOptions.none()), "invalid-encoding")
                .hasMessageContaining("byte 0xE9 at offset 35");
    }

    @Test
    void pdfWithoutTextLayerAsksWhetherItIsScanned() throws IOException {
        byte[] scanned = imageOnlyPdf();

        rejected(() -> reader.read(scanned, "scan.pdf", ReadOptions.none()), "no-text-found")
                .hasMessageStartingWith("no text found: scanned document?");
    }

    @Test
    void htmlWithoutTextIsNoTextFound() {
        byte[] html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        rejected(() -> reader.read(html, "page.html", ReadOptions.none()), "no-text-found");
    }

    @Test
    void readingThatTakesTooLongTimesOutPromptly() {
        String paragraph = "<p>Rescue teams evacuated about 2,300 residents to schools on higher ground.</p>\n";
        byte[] html = ("<html><body>" + paragraph.repeat(30_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ArticleReader impatient = new ArticleReader(IngestLimits.defaults().withTimeout(Duration.ofMillis(1)));

        long start = System.nanoTime();
        rejected(() -> impatient.read(html, "long.html", ReadOptions.none()), "timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void inputThatCannotFitTheHeapBudgetIsTooLarge() {
        ArticleReader frugal = new ArticleReader(IngestLimits.defaults().withHeapBudgetBytes(16 * 1024));

        rejected(() -> frugal.read(Fixtures.path("html/en-swat-floods.html"), ReadOptions.none()), "too-large")
                .hasMessageContaining("memory");
    }

    @Test
    void missingFileIsNotFound(@TempDir Path dir) {
        rejected(() -> reader.read(dir.resolve("nowhere.html"), ReadOptions.none()), "not-found");
    }

    private static byte[] docxWithExtraEntry(long zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Fixtures.bytes("docx/en-flood.docx")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] block = new byte[(int) MB];
            for (long written = 0; written < zeros; written += block.length) {
                zip.write(block);
            }
        }
        return out.toByteArray();
    }

    /** A DOCX as Word saves it with a password: an OLE2 container holding the encrypted package. */
    private static byte[] encryptedDocx(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(docx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] imageOnlyPdf() throws IOException {
        BufferedImage scan = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        for (int line = 0; line < 8; line++) {
            g.fillRect(20, 20 + line * 20, 300 + (line % 3) * 20, 8); // lines of "print", no font needed
        }
        g.dispose();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 500);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}

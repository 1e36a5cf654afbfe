package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 5's memory target: extracting a 1,000-page PDF stays within a 512 MB heap. The whole
 * {@code extract} command runs in a child JVM started with {@code -Xmx512m} (and told to die on
 * running out of memory), so the heap limit is the JVM's own, not an estimate; every page's
 * count must come out, so nothing was dropped to fit.
 */
class LargePdfMemoryTest {
    private static final int PAGES = 1_000;
    private static final String[] PLACES = {"Mosul", "Kirkuk", "Basra", "Tikrit", "Ramadi", "Najaf"};

    @Test
    void aThousandPagePdfIsExtractedWithinA512MbHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path pdf = dir.resolve("thousand-pages.pdf");
        writePdf(pdf);
        assertThat(Files.size(pdf)).as("the PDF was written").isGreaterThan(100_000L);

        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "org.corroborate.cli.Main",
                "extract", pdf.toString(), "--lang", "en", "--published", "2026-11-20"));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(done).as("extract finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as(stderr).isZero();

        assertThat(killedCounts(out)).as("one killed count per page").isGreaterThanOrEqualTo(PAGES);
    }

    /**
     * The killed counts of the command's output, read claim by claim: the output of a thousand pages runs to tens of
     * megabytes, and a whole tree of it would take a large share of the test JVM's own heap, which other tests share.
     */
    private static long killedCounts(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long killed = 0;
        try (JsonParser parser = json.getFactory().createParser(out.toFile())) {
            assertThat(parser.nextToken()).as("the output is one JSON object").isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"claims".equals(field) || value != JsonToken.START_ARRAY) {
                    parser.skipChildren(); // the article, its mentions: not needed here
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode claim = json.readTree(parser);
                    if ("casualty".equals(claim.path("type").asText()) && "killed".equals(claim.path("action").asText())) {
                        killed++;
                    }
                }
            }
        }
        return killed;
    }

    /** A thousand pages of our own wire-style copy, one casualty sentence and some filler per page. */
    private static void writePdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < PAGES; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    String place = PLACES[p % PLACES.length];
                    content.showText("Page " + (p + 1) + ". " + (p % 40 + 2) + " people were killed when a car bomb exploded in "
                            + place + " on Tuesday, police said.");
                    for (int line = 0; line < 20; line++) { // about 3,000 characters a page
                        content.newLine();
                        content.showText("Residents of " + place + " described queues at bakeries and fuel stations as the "
                                + "city council met to discuss reconstruction and water supplies.");
                    }
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }
}

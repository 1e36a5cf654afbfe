package org.corroborate.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSON-lines feed ({@code .jsonl}/{@code .ndjson}), one report a line
 * {@code {"id","source","url","lang","published","title","text"}}. A bad line is reported with its
 * line number and the rest of the feed goes on; blank lines are not reports.
 */
final class FeedReader {
    private FeedReader() {
    }

    static void read(Path feed, Consumer<Loaded> sink) {
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(feed),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    sink.accept(readLine(line, new Origin(feed, lineNo)));
                }
            }
        } catch (CharacterCodingException e) {
            // The decoder cannot say where the next good line starts, so the rest of the file is lost: say so.
            sink.accept(new Loaded.Failed(new Origin(feed, lineNo + 1),
                    "not UTF-8; this line and the rest of the feed were not read"));
        } catch (IOException e) {
            sink.accept(new Loaded.Failed(new Origin(feed, lineNo + 1), "cannot read: " + e.getMessage()));
        }
    }

    private static Loaded readLine(String line, Origin origin) {
        try {
            return new Loaded.Read(ReportJson.parse(line).toReport(), origin);
        } catch (BadReportException e) {
            return new Loaded.Failed(origin, e.getMessage());
        }
    }
}

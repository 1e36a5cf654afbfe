package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.corroborate.corpus.Origin;
import org.junit.jupiter.api.Test;

class StderrProgressTest {
    private final StringWriter text = new StringWriter();

    @Test
    void redrawsABarInPlaceOnATerminal() {
        StderrProgress progress = new StderrProgress(new PrintWriter(text, true), true);
        progress.progress(500, 1000);
        progress.progress(1000, 1000);
        progress.finish();
        assertThat(text.toString()).isEqualTo("\r[###############               ] 500/1000 reports"
                + "\r[##############################] 1000/1000 reports" + System.lineSeparator());
    }

    @Test
    void printsAFailureOnItsOwnLineAfterClearingTheBar() {
        StderrProgress progress = new StderrProgress(new PrintWriter(text, true), true);
        progress.progress(1, 2);
        progress.failed(new Origin(Path.of("feed.jsonl"), 7), "not JSON");
        assertThat(text.toString()).endsWith("\r\033[Kfeed.jsonl:7: not JSON" + System.lineSeparator());
    }

    @Test
    void writesALineEveryFiveThousandReportsWhenNotATerminal() {
        StderrProgress progress = new StderrProgress(new PrintWriter(text, true), false);
        progress.progress(500, 500);
        progress.progress(5000, 5000);
        progress.progress(5500, 5500);
        progress.progress(10000, 10000);
        assertThat(text.toString().lines()).containsExactly("corroborate: 5000 reports done", "corroborate: 10000 reports done");
    }
}

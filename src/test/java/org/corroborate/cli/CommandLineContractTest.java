package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CLI conventions of CONTRACT.md: stdout only for output, one-line errors, exit codes. */
class CommandLineContractTest {

    @Test
    void printsVersionOnStdout() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("corroborate ").contains("Elasticsearch node 9.5.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("es", "extract", "index", "check", "serve", "demo");
    }

    @Test
    void unknownOptionIsAOneLineUsageErrorWithExit2() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("corroborate: usage: ")
                .contains("--no-such-option");
    }

    @Test
    void esWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.of("es");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("corroborate: usage: ").contains("corroborate es --help");
    }

    @Test
    void badPortIsAUsageError() {
        CliRun run = CliRun.of("es", "start", "--port", "many");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("corroborate: usage: ").contains("many");
    }

    @Test
    void serveTakesNoFileArgument() {
        CliRun run = CliRun.of("serve", "article.html");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("corroborate: usage: ");
    }
}

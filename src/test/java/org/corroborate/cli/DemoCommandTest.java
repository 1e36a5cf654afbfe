package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The demo starts the local node where the other commands do (its run on a node: DemoCommandIntegrationTest). */
class DemoCommandTest {

    @AfterEach
    void clear() {
        System.clearProperty("corroborate.es.port");
    }

    @Test
    void withoutPortTheDemoUsesTheConfiguredPortLikeEsStart() {
        System.setProperty("corroborate.es.port", "9311");
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertThat(demo.httpPort()).isEqualTo(9311);
    }

    @Test
    void anExplicitPortWins() {
        System.setProperty("corroborate.es.port", "9311");
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--port", "9412");
        assertThat(demo.httpPort()).isEqualTo(9412);
    }

    @Test
    void withNothingConfiguredItIs9200() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertThat(demo.httpPort()).isEqualTo(System.getenv("CORROBORATE_ES_PORT") == null ? 9200
                : Integer.parseInt(System.getenv("CORROBORATE_ES_PORT").strip()));
    }
}

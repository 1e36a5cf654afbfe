package org.corroborate.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.corroborate.localnode.LocalNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Manages the local Elasticsearch node (the embedded default). */
@Command(name = "es", mixinStandardHelpOptions = true,
        description = "Start, stop or ask the local Elasticsearch node.",
        subcommands = {EsCommand.Start.class, EsCommand.Status.class, EsCommand.Stop.class})
final class EsCommand {

    /** {@code --data DIR}, shared by the three subcommands. */
    static final class DataOption {
        @Option(names = "--data", paramLabel = "DIR",
                description = "The node's data folder (default: $CORROBORATE_ES_DATA, else /var/lib/corroborate/es "
                        + "as root, else $XDG_DATA_HOME/corroborate/es).")
        Path data;

        LocalNode node() {
            return LocalNode.at(data != null ? data : LocalNode.defaultDataDir());
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the local node (if it is not running) and print its URL once the cluster is green.")
    static final class Start implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data;

        @Option(names = "--port", paramLabel = "N",
                description = "The HTTP port (default: $CORROBORATE_ES_PORT, else 9200); the transport port is picked free.")
        Integer port;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalNode node = data.node();
            LocalNode.Started started = node.start(port != null ? port : LocalNode.defaultPort());
            if (started.alreadyRunning()) {
                err().println("corroborate: the local node was already running (data: " + node.dataDir() + ")");
            }
            out().println(started.url());
            return ExitCodes.OK;
        }

        private PrintWriter out() {
            return spec.commandLine().getOut();
        }

        private PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Ask the local node itself: print its URL and exit 0, or exit 6 when it is not running.")
    static final class Status implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalNode node = data.node();
            Optional<URI> url = node.status();
            if (url.isEmpty()) {
                spec.commandLine().getErr().println("corroborate: not-running: no local node answers for " + node.dataDir());
                return ExitCodes.NOT_RUNNING;
            }
            spec.commandLine().getOut().println(url.get());
            return ExitCodes.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the local node gracefully (exit 0 also when it was not running).")
    static final class Stop implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalNode node = data.node();
            String what = switch (node.stop()) {
                case STOPPED -> "stopped the local node";
                case NOT_RUNNING -> "the local node was not running";
                case STALE_STATE_CLEANED -> "the local node was not running; removed its stale pid file";
            };
            spec.commandLine().getErr().println("corroborate: " + what + " (data: " + node.dataDir() + ")");
            return ExitCodes.OK;
        }
    }
}

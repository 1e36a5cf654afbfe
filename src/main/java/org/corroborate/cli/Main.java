package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code corroborate} command line. stdout carries only the requested output; every error
 * is one line on stderr, {@code corroborate: <code>: <message>}, with the exit codes of
 * CONTRACT.md (see {@link ExitCodes}).
 */
@Command(name = "corroborate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks the claims of a news article against other reports.",
        subcommands = {
            EsCommand.class,
            ExtractCommand.class,
            IndexCommand.class,
            MigrateCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            KeysCommand.class,
            DemoCommand.class,
        })
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    void setDebug(boolean debug) {
        Main.debug = debug;
    }

    private static volatile boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line with the given streams (tests, embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> failure(ex, line.getErr()));
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        String help = line.getCommandSpec().qualifiedName() + " --help";
        line.getErr().println("corroborate: usage: " + ex.getMessage() + " (see '" + help + "')");
        return ExitCodes.USAGE;
    }

    static int failure(Exception ex, PrintWriter err) {
        int exit = exitCodeOf(ex);
        String code = ex instanceof CorroborateException ce ? ce.code() : "internal-error";
        String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
        err.println("corroborate: " + code + ": " + oneLine(message));
        if (debug) {
            ex.printStackTrace(err);
        } else if (exit == ExitCodes.INTERNAL) {
            err.println("corroborate: internal-error: this is a bug; run again with --debug for details");
        }
        err.flush();
        return exit;
    }

    private static int exitCodeOf(Exception ex) {
        if (ex instanceof InputRejectedException) {
            return ExitCodes.INPUT_REJECTED;
        }
        if (ex instanceof ElasticsearchUnavailableException) {
            return ExitCodes.ES_UNAVAILABLE;
        }
        if (ex instanceof NotImplementedException) {
            return ExitCodes.NOT_IMPLEMENTED;
        }
        if (ex instanceof CorroborateException) {
            return ExitCodes.INPUT_REJECTED;
        }
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", "; ").strip();
    }
}

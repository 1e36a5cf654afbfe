package org.corroborate.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Placeholder until its issue lands: says so and exits 69. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Not implemented yet.")
final class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        throw new NotImplementedException("serve");
    }
}

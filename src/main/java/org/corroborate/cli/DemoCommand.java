package org.corroborate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** The main job on the embedded default. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the local Elasticsearch node.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new NotImplementedException("demo");
    }
}

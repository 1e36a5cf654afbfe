package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

import org.elasticsearch.bootstrap.ConsoleLoader;

/**
 * Stands in for Elasticsearch's unpublished ansi-console tool: the local node never has a
 * terminal, so there is no console to load. Elasticsearch loads this class by name from
 * {@code lib/tools/ansi-console/*.jar}.
 */
public class AnsiConsoleLoader implements Supplier<ConsoleLoader.Console> {
    public AnsiConsoleLoader() {
    }

    @Override
    public ConsoleLoader.Console get() {
        return null;
    }
}

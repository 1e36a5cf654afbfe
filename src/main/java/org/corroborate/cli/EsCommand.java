package org.corroborate.cli;

import picocli.CommandLine.Command;

/** Manages the local Elasticsearch node (the embedded default). */
@Command(name = "es", mixinStandardHelpOptions = true,
        description = "Start, stop or ask the local Elasticsearch node.")
final class EsCommand {
}

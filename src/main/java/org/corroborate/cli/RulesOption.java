package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.corroborate.api.InputRejectedException;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the rule packs to use instead of those shipped in the jar, so a newsroom
 * can adjust them without a Java build. They are validated in full before anything runs.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule packs folder (default: the packs shipped in the jar); validated strictly at start.")
    Path dir;

    RulePacks load() {
        if (dir == null) {
            return RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        }
        if (!Files.isDirectory(dir)) {
            throw new InputRejectedException("invalid-rules", "no rules folder at " + dir);
        }
        return RulePacks.load(RuleSource.directory(dir), RuleKinds.ALL);
    }
}

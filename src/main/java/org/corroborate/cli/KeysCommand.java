package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.corroborate.api.InputRejectedException;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.keys.ApiKey;
import org.corroborate.keys.KeyStore;
import org.corroborate.keys.Role;
import org.corroborate.keys.elasticsearch.ElasticsearchKeyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate keys create|list|revoke}: the API keys of {@code serve}, kept (hashed) in
 * Elasticsearch. {@code create} prints the new key alone on stdout; it is never shown again.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes the API keys of 'corroborate serve'.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a keys command is required (create, list, revoke)");
    }

    static class Common {
        @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = IndexSettings.DEFAULT_PREFIX,
                description = "The keys live in <PREFIX>-keys (default: ${DEFAULT-VALUE}).")
        String prefix;

        @Mixin
        EsOptions es;

        ElasticsearchKeyStore open(PrintWriter err) {
            IndexSettings.checkPrefix(prefix);
            return ElasticsearchKeyStore.open(es.resolve(err), prefix).ensureIndex();
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a key and prints it (only once).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--role", required = true, paramLabel = "cms|editor|admin", description = "What the key may do.")
        String role;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who holds it (unique; shown in audit trails).")
        String name;

        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.fromWire(role);
            try (ElasticsearchKeyStore keys = common.open(spec.commandLine().getErr())) {
                KeyStore.Created created = keys.create(name, r);
                spec.commandLine().getOut().println(created.secret());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists keys: id, name, role, created, revoked.")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ElasticsearchKeyStore keys = common.open(spec.commandLine().getErr())) {
                for (ApiKey k : keys.list()) {
                    spec.commandLine().getOut().println(String.join("\t", k.id(), k.name(), k.role().wire(),
                            k.created().toString(), k.revoked() == null ? "active" : "revoked " + k.revoked()));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes the active key with this name or id.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|ID")
        String nameOrId;

        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ElasticsearchKeyStore keys = common.open(spec.commandLine().getErr())) {
                ApiKey revoked = keys.revoke(nameOrId).orElseThrow(() ->
                        new InputRejectedException("no-such-key", "no active key named or with id '" + nameOrId + "'"));
                spec.commandLine().getErr().println("corroborate: revoked key " + revoked.id() + " (" + revoked.name() + ")");
            }
            return ExitCodes.OK;
        }
    }
}

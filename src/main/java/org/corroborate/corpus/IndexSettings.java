package org.corroborate.corpus;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.InputRejectedException;

/**
 * Where the corpus lives and how its index is created: a name prefix (the alias
 * {@code <prefix>-reports} and the index {@code <prefix>-reports-v<N>}), shards and replicas.
 * Replicas default to 0 on a loopback URL (a single local node cannot place one) and 1
 * elsewhere; {@code CORROBORATE_ES_REPLICAS} / {@code CORROBORATE_ES_SHARDS} override.
 */
public record IndexSettings(String prefix, int shards, int replicas) {
    public static final String DEFAULT_PREFIX = "corroborate";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public IndexSettings {
        checkPrefix(prefix);
        if (shards < 1 || replicas < 0) {
            throw new InputRejectedException("bad-index-settings", "shards must be ≥ 1 and replicas ≥ 0");
        }
    }

    /** Refuses a prefix Elasticsearch would refuse in an index name. */
    public static String checkPrefix(String prefix) {
        if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9_.-]{0,100}")) {
            throw new InputRejectedException("bad-index-prefix",
                    "an index prefix is lower-case letters, digits, '-', '_' or '.', not starting with a sign: " + prefix);
        }
        return prefix;
    }

    public static IndexSettings fromEnvironment(String prefix, URI esUrl, Map<String, String> env) {
        boolean local = LOOPBACK.contains(esUrl.getHost());
        return new IndexSettings(prefix == null ? DEFAULT_PREFIX : prefix,
                number(env, "CORROBORATE_ES_SHARDS", 1),
                number(env, "CORROBORATE_ES_REPLICAS", local ? 0 : 1));
    }

    /** The alias every reader and writer uses. */
    public String alias() {
        return prefix + "-reports";
    }

    /** The concrete index of a mapping version. */
    public String index(int mappingVersion) {
        return alias() + "-v" + mappingVersion;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("bad-index-settings", name + " is not a number: " + value);
        }
    }
}

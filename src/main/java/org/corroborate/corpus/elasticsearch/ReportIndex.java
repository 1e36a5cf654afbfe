package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.corpus.IndexSettings;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;

/**
 * The versioned corpus index {@code <prefix>-reports-v<N>} behind the alias {@code <prefix>-reports}
 * (README "Corpus index design"; N = {@link #MAPPING_VERSION}): created with its alias on first use;
 * when it exists, its {@code _meta.corroborate_mapping_version} and field types are checked against
 * {@code reports-mapping-v<N>.json}, and a difference is refused as {@code mapping-conflict}; an
 * older version is moved by {@link Migration}.
 * Nothing here ever deletes or rewrites an existing index.
 */
final class ReportIndex {
    static final int MAPPING_VERSION = 3;
    static final String VERSION_KEY = "corroborate_mapping_version";
    private static final String MAPPING_RESOURCE = "reports-mapping-v" + MAPPING_VERSION + ".json";

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final String url;

    ReportIndex(ElasticsearchClient client, IndexSettings settings, String url) {
        this.client = client;
        this.settings = settings;
        this.url = url;
    }

    static TypeMapping expectedMapping() {
        try (InputStream in = ReportIndex.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAPPING_RESOURCE);
            }
            return TypeMapping.of(b -> b.withJson(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MAPPING_RESOURCE, e);
        }
    }

    /** Makes sure the alias points to one index with our mapping; creates both when neither exists. */
    void ensure() {
        Calls.run(url, () -> {
            ensureOnce();
            return null;
        });
    }

    private void ensureOnce() throws IOException {
        String alias = settings.alias();
        String target = aliasTarget();
        if (target != null) {
            check(target);
        } else if (client.indices().exists(e -> e.index(alias)).value()) {
            throw conflict(alias + " is an index, not an alias to a versioned index");
        } else if (client.indices().exists(e -> e.index(settings.index(MAPPING_VERSION))).value()) {
            check(settings.index(MAPPING_VERSION));
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add
                    .index(settings.index(MAPPING_VERSION)).alias(alias).isWriteIndex(true))));
        } else {
            create();
        }
    }

    /** The one index the alias points to; {@code null} when there is no alias; several are a conflict. */
    private String aliasTarget() throws IOException {
        String alias = settings.alias();
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return null;
        }
        List<String> targets = List.copyOf(client.indices().getAlias(a -> a.name(alias)).aliases().keySet());
        if (targets.size() != 1) {
            throw conflict("the alias " + alias + " points to " + targets.size() + " indices " + targets + ", expected one");
        }
        return targets.get(0);
    }

    /** Creates this version's index, with the alias on it as write index when {@code withAlias}. */
    private void createIndex(String index, boolean withAlias) throws IOException {
        client.indices().create(c -> {
            c.index(index)
                    .settings(s -> s.numberOfShards(String.valueOf(settings.shards()))
                            .numberOfReplicas(String.valueOf(settings.replicas())))
                    .mappings(expectedMapping());
            return withAlias ? c.aliases(settings.alias(), a -> a.isWriteIndex(true)) : c;
        });
    }

    private void create() throws IOException {
        try {
            createIndex(settings.index(MAPPING_VERSION), true);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            ensureOnce(); // another run created it first: check what it made
        }
    }

    /**
     * The index the alias points to when it is of an older mapping version than this one, for
     * {@link Migration}; {@code null} when the alias is missing or already on this version.
     *
     * @throws org.corroborate.api.ElasticsearchUnavailableException {@code mapping-conflict} when
     *         the alias points to several indices, or to one of a newer or unknown version
     */
    String olderTarget() {
        return Calls.run(url, () -> {
            String target = aliasTarget();
            if (target == null) {
                return null;
            }
            Integer version = versionOf(client.indices().getMapping(g -> g.index(target)).get(target).mappings().meta());
            if (version == null || version > MAPPING_VERSION) {
                throw conflict("index " + target + " has " + VERSION_KEY + " " + version
                        + ", which this Corroborate cannot migrate from (it writes " + MAPPING_VERSION + ")");
            }
            return version < MAPPING_VERSION ? target : null;
        });
    }

    /**
     * This version's index without the alias (a migration fills it first), or the one an
     * interrupted migration left, once its mapping is checked.
     */
    String createUnaliased() {
        String index = settings.index(MAPPING_VERSION);
        return Calls.run(url, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                check(index);
                return index;
            }
            createIndex(index, false);
            return index;
        });
    }

    /** Moves the alias from {@code from} to {@code to} in one step: readers never see it on neither or both. */
    void moveAlias(String from, String to) {
        String alias = settings.alias();
        Calls.run(url, () -> client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias)))
                .actions(a -> a.add(add -> add.index(to).alias(alias).isWriteIndex(true)))));
    }

    private void check(String index) throws IOException {
        TypeMapping actual = client.indices().getMapping(g -> g.index(index)).get(index).mappings();
        Integer version = versionOf(actual.meta());
        if (version == null || version != MAPPING_VERSION) {
            throw conflict("index " + index + " has " + VERSION_KEY + " " + version + ", this Corroborate writes "
                    + MAPPING_VERSION);
        }
        List<String> conflicts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        compare("", expectedMapping().properties(), actual.properties(), conflicts, missing);
        if (!conflicts.isEmpty() || !missing.isEmpty()) {
            List<String> parts = new ArrayList<>(conflicts);
            if (!missing.isEmpty()) {
                parts.add("missing " + shortList(missing));
            }
            throw conflict("index " + index + " differs from mapping v" + MAPPING_VERSION + ": " + String.join("; ", parts));
        }
    }

    private static String shortList(List<String> fields) {
        int shown = Math.min(6, fields.size());
        return String.join(", ", fields.subList(0, shown)) + (fields.size() > shown ? " and " + (fields.size() - shown) + " more" : "");
    }

    private static Integer versionOf(Map<String, JsonData> meta) {
        JsonData value = meta.get(VERSION_KEY);
        if (value == null) {
            return null;
        }
        try {
            return value.to(Integer.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Every expected field must exist with the same type (and analyzer, for text); in field-name order. */
    static void compare(String path, Map<String, Property> expected, Map<String, Property> actual,
                        List<String> conflicts, List<String> missing) {
        new TreeMap<>(expected).forEach((name, want) -> {
            Property have = actual.get(name);
            String field = path + name;
            if (have == null) {
                missing.add(field);
            } else if (have._kind() != want._kind()) {
                conflicts.add(field + " is " + have._kind().jsonValue() + ", expected " + want._kind().jsonValue());
            } else if (want.isText() && !Objects.equals(want.text().analyzer(), have.text().analyzer())) {
                conflicts.add(field + " is analysed by " + have.text().analyzer() + ", expected " + want.text().analyzer());
            } else if (want.isNested()) {
                compare(field + ".", want.nested().properties(), have.nested().properties(), conflicts, missing);
            }
        });
    }

    private ElasticsearchUnavailableException conflict(String what) {
        return new ElasticsearchUnavailableException("mapping-conflict", what + " (at " + url
                + "); nothing was changed: `corroborate migrate` moves a corpus of an older mapping version to "
                + settings.index(MAPPING_VERSION) + " and the alias " + settings.alias() + " with it; or index into "
                + "another --index-prefix");
    }
}

package org.corroborate.keys.elasticsearch;

import org.corroborate.corpus.elasticsearch.Calls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.InputRejectedException;
import org.corroborate.keys.ApiKey;
import org.corroborate.keys.KeySecrets;
import org.corroborate.keys.KeyStore;
import org.corroborate.keys.Role;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * API keys in the index {@code <prefix>-keys}, one document per key, its id the key's id
 * ({@link KeySecrets}) so that authenticating is one realtime GET (no refresh needed, no cache:
 * a revoked key stops working at once on every instance).
 */
public final class ElasticsearchKeyStore extends org.corroborate.corpus.elasticsearch.IndexStore implements KeyStore {

    /** Opens its own client for {@code es}; close the store to close it. */
    public static ElasticsearchKeyStore open(org.corroborate.corpus.EsSettings es, String prefix) {
        return open(es, prefix, org.corroborate.corpus.elasticsearch.Clients.Timeouts.BATCH);
    }

    /** As above, its client waiting as {@code timeouts} say (the HTTP API waits seconds, not half a minute). */
    public static ElasticsearchKeyStore open(org.corroborate.corpus.EsSettings es, String prefix,
                             org.corroborate.corpus.elasticsearch.Clients.Timeouts timeouts) {
        return new ElasticsearchKeyStore(org.corroborate.corpus.elasticsearch.Clients.open(es, timeouts), prefix, es.url().toString());
    }

    public ElasticsearchKeyStore(ElasticsearchClient client, String prefix, String url) {
        super(client, prefix + "-keys", url);
    }

    /** Creates the index on first use (several instances may race: the loser's "already exists" is fine). */
    public ElasticsearchKeyStore ensureIndex() {
        createIndexUnlessExists(m -> m
                .properties("name", p -> p.keyword(k -> k))
                .properties("role", p -> p.keyword(k -> k))
                .properties("hash", p -> p.keyword(k -> k.index(false)))
                .properties("created", p -> p.date(d -> d))
                .properties("revoked", p -> p.date(d -> d)));
        return this;
    }

    @Override
    public Created create(String name, Role role) {
        if (name == null || name.isBlank()) {
            throw new InputRejectedException("bad-key-name", "a key needs a name");
        }
        if (findActive(name).isPresent()) {
            throw new InputRejectedException("key-exists", "an active key named '" + name + "' exists; revoke it first");
        }
        KeySecrets.NewKey fresh = KeySecrets.generate();
        ApiKey key = new ApiKey(fresh.id(), name, role, KeySecrets.hash(fresh.key()), Instant.now(), null);
        call(() -> client.index(i -> i.index(index).id(key.id()).document(toDocument(key))
                .opType(OpType.Create).refresh(Refresh.True)));
        return new Created(key, fresh.key());
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedKey) {
        Optional<String> id = KeySecrets.idOf(presentedKey);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        GetResponse<ObjectNode> doc = call(() -> client.get(g -> g.index(index).id(id.get()), ObjectNode.class));
        if (!doc.found()) {
            return Optional.empty();
        }
        ApiKey key = fromDocument(doc.id(), doc.source());
        return key.active() && KeySecrets.sameHash(key.hash(), KeySecrets.hash(presentedKey))
                ? Optional.of(key) : Optional.empty();
    }

    @Override
    public List<ApiKey> list() {
        return call(() -> client.search(s -> s.index(index).size(1000).sort(o -> o.field(f -> f.field("created"))),
                ObjectNode.class)).hits().hits().stream().map(h -> fromDocument(h.id(), h.source())).toList();
    }

    @Override
    public Optional<ApiKey> revoke(String nameOrId) {
        Optional<ApiKey> found = findActive(nameOrId).or(() -> byId(nameOrId).filter(ApiKey::active));
        found.ifPresent(key -> {
            ApiKey revoked = new ApiKey(key.id(), key.name(), key.role(), key.hash(), key.created(), Instant.now());
            call(() -> client.index(i -> i.index(index).id(key.id()).document(toDocument(revoked)).refresh(Refresh.True)));
        });
        return found;
    }

    private Optional<ApiKey> byId(String id) {
        if (!id.matches("[0-9a-f]{12}")) {
            return Optional.empty();
        }
        GetResponse<ObjectNode> doc = call(() -> client.get(g -> g.index(index).id(id), ObjectNode.class));
        return doc.found() ? Optional.of(fromDocument(doc.id(), doc.source())) : Optional.empty();
    }

    private Optional<ApiKey> findActive(String name) {
        List<Hit<ObjectNode>> hits = call(() -> client.search(s -> s.index(index).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("name").value(name)))
                .mustNot(n -> n.exists(e -> e.field("revoked"))))), ObjectNode.class)).hits().hits();
        return hits.stream().findFirst().map(h -> fromDocument(h.id(), h.source()));
    }

    private static ObjectNode toDocument(ApiKey key) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("name", key.name());
        doc.put("role", key.role().wire());
        doc.put("hash", key.hash());
        doc.put("created", key.created().toString());
        if (key.revoked() != null) {
            doc.put("revoked", key.revoked().toString());
        }
        return doc;
    }

    private static ApiKey fromDocument(String id, ObjectNode doc) {
        return new ApiKey(id, doc.path("name").asText(), Role.fromWire(doc.path("role").asText()),
                doc.path("hash").asText(), Instant.parse(doc.path("created").asText()),
                doc.hasNonNull("revoked") ? Instant.parse(doc.get("revoked").asText()) : null);
    }

    private <T> T call(Calls.Call<T> call) {
        return Calls.run(url, call);
    }
}

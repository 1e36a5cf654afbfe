package org.corroborate.keys;

import java.util.List;
import java.util.Optional;

/** Where API keys live (Elasticsearch: {@code org.corroborate.keys.elasticsearch}), shared by every server instance. */
public interface KeyStore {

    /** Creates a key; the returned text is the only time the key is seen. Names are unique among active keys. */
    Created create(String name, Role role);

    /** The active key a request presented, or empty when it is unknown, malformed or revoked. */
    Optional<ApiKey> authenticate(String presentedKey);

    List<ApiKey> list();

    /** Revokes the active key with this name or id; empty when there is none. */
    Optional<ApiKey> revoke(String nameOrId);

    record Created(ApiKey key, String secret) {
    }
}

package org.corroborate.keys;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored API key: never the key itself, only the SHA-256 of it ({@link KeySecrets#hash}).
 * {@code revoked} is {@code null} while the key is valid.
 */
public record ApiKey(String id, String name, Role role, String hash, Instant created, Instant revoked) {
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(created, "created");
    }

    public boolean active() {
        return revoked == null;
    }
}

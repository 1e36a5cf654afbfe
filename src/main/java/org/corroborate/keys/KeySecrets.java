package org.corroborate.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a key: {@code crb_<id>_<secret>}, {@code id} 12 hex digits (the stored document's
 * id, so a lookup is one realtime GET), {@code secret} 32 random bytes, base64url. Only the
 * SHA-256 of the whole key is stored; the key is shown once, when it is created.
 */
public final class KeySecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("crb_([0-9a-f]{12})_[A-Za-z0-9_-]{43}");

    private KeySecrets() {
    }

    /** A new key: its id and the full key text. */
    public record NewKey(String id, String key) {
    }

    public static NewKey generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String hexId = HexFormat.of().formatHex(id);
        return new NewKey(hexId, "crb_" + hexId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key id a presented key claims, or empty when it is not shaped like one of ours. */
    public static Optional<String> idOf(String key) {
        Matcher m = SHAPE.matcher(key);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}

package dev.tandem.screening.core.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex SHA-256 over bytes fed in order. One instance per digest; not thread-safe. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Sha256 add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    Sha256 add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] bytes) {
        return new Sha256().add(bytes).hex();
    }
}

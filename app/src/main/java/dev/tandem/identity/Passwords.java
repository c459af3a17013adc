package dev.tandem.identity;

import java.security.SecureRandom;

/** Makes random passwords for new and reset accounts: 20 characters, no look-alikes (0/O, 1/l/I). */
final class Passwords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes of a password; a longer one would be cut without a word. */
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static String random() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package dev.tandem.application;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How passwords are hashed: PBKDF2-HMAC-SHA256 at 600,000 iterations, the count OWASP's
 * Password Storage Cheat Sheet recommends for that algorithm (2023 revision). The identity store
 * that verifies logins uses the same parameters; stored hashes carry their own parameters, so
 * raising the count later keeps old hashes verifiable.
 */
public final class PasswordHashing {

    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** NIST SP 800-63B asks for at least 8; a practice holding health records deserves more. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    /** Long enough for any passphrase, short enough that hashing cannot be made expensive. */
    public static final int MAXIMUM_PASSWORD_LENGTH = 128;

    /** The parameters above as {@link jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash} takes them. */
    public static Map<String, String> parameters() {
        return Stream.of(ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES)
                .map(assignment -> assignment.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
    }

    private PasswordHashing() {}
}

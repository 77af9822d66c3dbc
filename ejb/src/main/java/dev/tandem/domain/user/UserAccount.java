package dev.tandem.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who signs in. The password is kept only as a PBKDF2 hash in the self-describing format
 * of Jakarta Security ({@code algorithm:iterations:salt:hash}), so stronger settings later still
 * verify older hashes.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = Objects.requireNonNull(username, "username is required");
        this.displayName = Objects.requireNonNull(displayName, "display name is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
        this.role = Objects.requireNonNull(role, "role is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.active = true;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}

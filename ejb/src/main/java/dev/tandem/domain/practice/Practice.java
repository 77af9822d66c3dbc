package dev.tandem.domain.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The practice this installation serves. There is exactly one: its row has the fixed id
 * {@link #THE_PRACTICE}, so the database itself refuses a second setup, even two racing ones.
 */
@Entity
@Table(name = "practice")
public class Practice {

    public static final int THE_PRACTICE = 1;

    @Id
    private int id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Practice() {}

    public Practice(String name, Instant createdAt) {
        this.id = THE_PRACTICE;
        this.name = Objects.requireNonNull(name, "practice name is required").strip();
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package dev.tandem.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A person the practice sees, individually or as one partner of a couple. The id is random, so
 * that it can appear in an address without revealing anything or inviting a guess at others.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    private UUID id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    /** The name folded for sorting and searching, kept in step with {@link #fullName}. */
    @Column(name = "sort_name", nullable = false, length = 200)
    private String sortName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Client() {}

    public Client(String fullName, LocalDate dateOfBirth, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.fullName =
                Objects.requireNonNull(fullName, "full name is required").strip();
        this.sortName = this.fullName.toLowerCase(Locale.ROOT);
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "date of birth is required");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registration time is required");
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}

package dev.tandem.application;

import dev.tandem.domain.practice.Practice;
import dev.tandem.domain.practice.PracticeRepository;
import dev.tandem.domain.user.Role;
import dev.tandem.domain.user.UserAccount;
import dev.tandem.domain.user.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * First-run setup: creates the practice and the owner's account, exactly once. Until then every
 * page leads to setup; afterwards setup is gone. A singleton, so that the answer to "is it set up?"
 * is remembered instead of asked of the database on every request, and two setups cannot race
 * inside one server (the practice's fixed primary key stops them across servers).
 */
@Singleton
@Lock(LockType.READ)
public class SetupService {

    @Inject
    PracticeRepository practices;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private volatile Practice practice;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    public boolean isComplete() {
        return currentPractice() != null;
    }

    /** The practice's name, or an empty string before setup. */
    public String practiceName() {
        Practice current = currentPractice();
        return current == null ? "" : current.getName();
    }

    @Lock(LockType.WRITE)
    public void setUp(@NotNull @Valid PracticeSetup setup) {
        if (isComplete()) {
            throw new PracticeAlreadySetUpException();
        }
        Instant now = Instant.now();
        try {
            practices.add(new Practice(setup.getPracticeName(), now));
            accounts.add(new UserAccount(
                    setup.getUsername(),
                    setup.getOwnerName().strip(),
                    passwordHash.generate(setup.getPassword().toCharArray()),
                    Role.OWNER,
                    now));
        } catch (PersistenceException alreadyThere) {
            // Another server sharing this database finished setup first.
            throw new PracticeAlreadySetUpException();
        }
        // Not remembered here: the transaction commits after this method returns. The next
        // isComplete() reads the committed practice once and remembers it from then on.
    }

    private Practice currentPractice() {
        Practice known = practice;
        if (known == null) {
            known = practices.find().orElse(null);
            practice = known;
        }
        return known;
    }
}

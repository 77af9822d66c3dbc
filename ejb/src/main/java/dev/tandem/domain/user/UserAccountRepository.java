package dev.tandem.domain.user;

public interface UserAccountRepository {

    /** Adds the account; the database refuses a username that is already taken. */
    void add(UserAccount account);
}

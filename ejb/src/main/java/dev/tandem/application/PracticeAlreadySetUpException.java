package dev.tandem.application;

import jakarta.ejb.ApplicationException;

/** Setup runs once: a practice and its owner already exist. */
@ApplicationException(rollback = true)
public class PracticeAlreadySetUpException extends RuntimeException {

    public PracticeAlreadySetUpException() {
        super("This Tandem installation has already been set up.");
    }
}

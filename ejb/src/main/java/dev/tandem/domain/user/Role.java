package dev.tandem.domain.user;

/**
 * What a person may do in the practice. The names are the security roles the web tier checks.
 */
public enum Role {
    /** Runs the practice: users, modules, audit log; sees every record. */
    OWNER,
    /** Sees and treats their own caseload. */
    CLINICIAN,
    /** Registers clients and books sessions; sees no clinical content. */
    FRONT_DESK
}

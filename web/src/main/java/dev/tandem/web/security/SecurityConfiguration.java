package dev.tandem.web.security;

import dev.tandem.application.PasswordHashing;
import dev.tandem.infrastructure.persistence.TandemDataSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login on our own page, checked against the accounts table. A deactivated account cannot
 * sign in; its role is its only group, and the group names are the role names.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = TandemDataSource.JNDI_NAME,
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select role from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM,
            PasswordHashing.ITERATIONS,
            PasswordHashing.SALT_BYTES,
            PasswordHashing.KEY_BYTES
        })
@DeclareRoles({"OWNER", "CLINICIAN", "FRONT_DESK"})
@ApplicationScoped
public class SecurityConfiguration {}

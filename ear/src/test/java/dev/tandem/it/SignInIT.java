package dev.tandem.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.it.support.Browser;
import dev.tandem.it.support.Practice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in and out, as the practice owner does every day. */
class SignInIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        Practice.ensureSetUp();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aWrongPasswordIsRefusedPlainlyAndTheUsernameKept() {
        Practice.signIn(browser, Practice.OWNER_USERNAME, "not my password at all");

        browser.waitForTitle("Sign in");
        assertThat(browser.pageText()).contains("The username or password is not right.");
        assertThat(browser.value("login:username")).isEqualTo(Practice.OWNER_USERNAME);
        assertThat(browser.value("login:password")).isEmpty();
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningIn() {
        browser.go("clients.xhtml").waitForTitle("Sign in");

        browser.type("login:username", Practice.OWNER_USERNAME)
                .type("login:password", Practice.OWNER_PASSWORD)
                .click("login:signIn")
                .waitForTitle("Clients");

        assertThat(browser.currentPath()).isEqualTo("/clients.xhtml");
        assertThat(browser.pageText()).contains("Signed in as " + Practice.OWNER_USERNAME);
    }

    @Test
    void signingOutEndsTheSession() {
        Practice.signInAsOwner(browser);

        browser.click("session:signOut").waitForTitle("Sign in");
        assertThat(browser.pageText()).contains("You have signed out.");

        browser.go("clients.xhtml").waitForTitle("Sign in");
        assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
    }
}

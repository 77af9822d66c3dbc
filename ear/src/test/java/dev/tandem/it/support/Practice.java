package dev.tandem.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice the tests work in. The build gives Tandem an empty data folder, so the first test
 * that needs the practice sets it up the way a practice owner does on first visit: in the
 * browser, through the setup page, checking what the owner would see on the way. Every later
 * test reuses it; none depends on which test came first.
 */
public final class Practice {

    public static final String NAME = "Riverside Couples Therapy";
    public static final String OWNER_NAME = "Dana Whitfield";
    public static final String OWNER_USERNAME = "dana.whitfield";
    public static final String OWNER_PASSWORD = "willow lantern harbour 42";

    private static boolean setUp;

    private Practice() {}

    public static synchronized void ensureSetUp() {
        if (setUp) {
            return;
        }
        try (Browser browser = Browser.open()) {
            // A first visitor, whatever page they ask for, is led to setup.
            browser.go("clients.xhtml");
            assertThat(browser.currentPath()).isEqualTo("/setup.xhtml");
            assertThat(browser.title()).startsWith("Set up your practice");

            // Mistyped confirmation: refused next to the field, the rest of the form kept.
            fillSetupForm(browser, "not the same password");
            browser.click("setup:create").waitForTitle("Set up your practice");
            assertThat(browser.text("setup:passwordConfirmationMessage"))
                    .contains("The two passwords are not the same.");
            assertThat(browser.value("setup:practiceName")).isEqualTo(NAME);
            assertThat(browser.value("setup:username")).isEqualTo(OWNER_USERNAME);

            fillSetupForm(browser, OWNER_PASSWORD);
            browser.click("setup:create").waitForTitle("Sign in");
            assertThat(browser.pageText())
                    .contains("Your practice is ready. Sign in with the account you just created.");
        }
        setUp = true;
    }

    /** Signs the browser in as the practice owner and waits for the clients page. */
    public static void signInAsOwner(Browser browser) {
        ensureSetUp();
        signIn(browser, OWNER_USERNAME, OWNER_PASSWORD);
        browser.waitForTitle("Clients");
    }

    public static void signIn(Browser browser, String username, String password) {
        browser.go("login.xhtml")
                .type("login:username", username)
                .type("login:password", password)
                .click("login:signIn");
    }

    private static void fillSetupForm(Browser browser, String confirmation) {
        browser.type("setup:practiceName", NAME)
                .type("setup:ownerName", OWNER_NAME)
                .type("setup:username", OWNER_USERNAME)
                .type("setup:password", OWNER_PASSWORD)
                .type("setup:passwordConfirmation", confirmation);
    }
}

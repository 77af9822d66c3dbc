package dev.tandem.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.it.support.Browser;
import dev.tandem.it.support.Practice;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The practice owner registers clients on the Clients page. Names start with "Aa" and a random
 * part, so that each test's client sorts onto the list's first page and no two runs collide.
 */
class AddClientIT {

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = Browser.open();
        Practice.signInAsOwner(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOwnerAddsAClientAndSeesThemListed() {
        String name = uniqueName("Morgan Reyes");

        submit(name, "1986-04-12");

        browser.waitUntil(d -> browser.text("list:clients").contains(name));
        assertThat(browser.text("add:messages")).contains("Added " + name + ".");
        assertThat(browser.rowContaining("list:clients", name)).contains("1986-04-12");
        assertThat(browser.value("add:fullName"))
                .as("the form is cleared for the next client")
                .isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureIsExplainedAndTheNameIsKept() {
        String name = uniqueName("Jordan Lee");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        submit(name, tomorrow);

        browser.waitUntil(d -> !browser.text("add:dateOfBirthMessage").isEmpty());
        assertThat(browser.text("add:dateOfBirthMessage")).contains("A date of birth cannot be in the future.");
        assertThat(browser.value("add:fullName")).isEqualTo(name);
        assertThat(browser.text("list:clients")).doesNotContain(name);
    }

    @Test
    void somethingThatIsNotADateIsExplainedAndTheNameIsKept() {
        String name = uniqueName("Sam Okafor");

        submit(name, "12th of May");

        browser.waitUntil(d -> !browser.text("add:dateOfBirthMessage").isEmpty());
        assertThat(browser.text("add:dateOfBirthMessage"))
                .contains("Enter the date of birth as year-month-day, for example 1984-07-21.");
        assertThat(browser.value("add:fullName")).isEqualTo(name);
    }

    @Test
    void aMissingNameIsAskedFor() {
        submit("", "1990-01-01");

        browser.waitUntil(d -> !browser.text("add:fullNameMessage").isEmpty());
        assertThat(browser.text("add:fullNameMessage")).contains("Enter the client's name.");
        assertThat(browser.value("add:dateOfBirth_input")).isEqualTo("1990-01-01");
    }

    @Test
    void aScriptTypedIntoANameIsShownAsTextAndNeverRun() {
        String name = uniqueName("<script>window.tandemInjected=true</script>Robin");

        submit(name, "1979-11-30");

        browser.waitUntil(d -> browser.text("list:clients").contains(name));
        browser.go("clients.xhtml").waitForTitle("Clients");
        assertThat(browser.text("list:clients")).contains(name);
        Object injected = ((JavascriptExecutor) browser.driver()).executeScript("return window.tandemInjected;");
        assertThat(injected).isNull();
    }

    private void submit(String name, String dateOfBirth) {
        browser.type("add:fullName", name)
                .typeDate("add:dateOfBirth", dateOfBirth)
                .click("add:addClient");
    }

    private static String uniqueName(String name) {
        return "Aa" + UUID.randomUUID().toString().substring(0, 8) + " " + name;
    }
}

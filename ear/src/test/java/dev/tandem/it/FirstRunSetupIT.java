package dev.tandem.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.it.support.Browser;
import dev.tandem.it.support.Practice;
import dev.tandem.it.support.Tandem;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After the one-time setup, setup is gone for good: no second owner can be created. */
class FirstRunSetupIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void practiceIsSetUp() {
        Practice.ensureSetUp();
    }

    @Test
    void aSecondVisitToTheSetupPageFindsNothing() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Tandem.url("setup.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain("Create practice");
    }

    @Test
    void aReplayedSetupFormCannotCreateASecondOwner() throws Exception {
        String form = Map.of(
                        "setup", "setup",
                        "setup:practiceName", "Hijacked Practice",
                        "setup:ownerName", "Mallory",
                        "setup:username", "mallory",
                        "setup:password", "mallory password 123",
                        "setup:passwordConfirmation", "mallory password 123",
                        "setup:create", "")
                .entrySet()
                .stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Tandem.url("setup.xhtml")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        try (Browser browser = Browser.open()) {
            Practice.signIn(browser, "mallory", "mallory password 123");
            browser.waitForTitle("Sign in");
            assertThat(browser.pageText()).contains("The username or password is not right.");

            Practice.signInAsOwner(browser);
            assertThat(browser.pageText()).contains(Practice.NAME).doesNotContain("Hijacked Practice");
        }
    }

    @Test
    void pagesNoLongerLeadToSetupButToSignIn() {
        try (Browser browser = Browser.open()) {
            browser.go("clients.xhtml").waitForTitle("Sign in");

            assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

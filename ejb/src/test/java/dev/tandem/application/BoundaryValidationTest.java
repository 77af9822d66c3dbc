package dev.tandem.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules the setup and client forms show next to their fields, with the messages a clinician reads. */
class BoundaryValidationTest {

    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aClientBornYesterdayIsValid() {
        assertThat(validator.validate(client("Ana Ruiz", LocalDate.now().minusDays(1))))
                .isEmpty();
    }

    @Test
    void aClientNeedsANameAndADateOfBirth() {
        assertThat(messages(validator.validate(client("   ", null))))
                .containsExactlyInAnyOrder("Enter the client's name.", "Enter the date of birth.");
    }

    @Test
    void aDateOfBirthCannotBeInTheFuture() {
        assertThat(messages(
                        validator.validate(client("Ana Ruiz", LocalDate.now().plusDays(1)))))
                .containsExactly("A date of birth cannot be in the future.");
    }

    @Test
    void aDateOfBirthBefore1900IsCaughtAsATypingMistake() {
        assertThat(messages(validator.validate(client("Ana Ruiz", LocalDate.of(1899, 12, 31)))))
                .containsExactly("A date of birth before 1900 is probably a typing mistake: check the year.");
        assertThat(validator.validate(client("Ana Ruiz", LocalDate.of(1900, 1, 1))))
                .isEmpty();
    }

    @Test
    void aNameLongerThanTheColumnIsRefusedWithItsLimit() {
        assertThat(messages(validator.validate(client("x".repeat(201), LocalDate.of(1980, 1, 1)))))
                .containsExactly("A name can be at most 200 characters.");
    }

    @Test
    void setupRefusesAShortPasswordAndAnOddUsername() {
        var setup = new PracticeSetup();
        setup.setPracticeName("Riverside Couples Therapy");
        setup.setOwnerName("Dana Whitfield");
        setup.setUsername("Dana W");
        setup.setPassword("short");

        assertThat(messages(validator.validate(setup)))
                .containsExactlyInAnyOrder(
                        "A username has 3 to 40 characters: lower-case letters, digits, dots, hyphens or"
                                + " underscores, starting with a letter or digit.",
                        "A password needs 12 to 128 characters. A phrase of a few words is easiest to remember.");
    }

    @Test
    void setupAcceptsACompleteForm() {
        var setup = new PracticeSetup();
        setup.setPracticeName("Riverside Couples Therapy");
        setup.setOwnerName("Dana Whitfield");
        setup.setUsername("dana.whitfield");
        setup.setPassword("correct horse battery");

        assertThat(validator.validate(setup)).isEmpty();
    }

    private static NewClient client(String name, LocalDate dateOfBirth) {
        var client = new NewClient();
        client.setFullName(name);
        client.setDateOfBirth(dateOfBirth);
        return client;
    }

    private static <T> Set<String> messages(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}

package dev.tandem.application;

import dev.tandem.domain.client.DateOfBirth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A client as registered: the form binds to this, so these rules are checked once, here. */
public class NewClient {

    @NotBlank(message = "{dev.tandem.client.fullName.required}")
    @Size(max = 200, message = "{dev.tandem.client.fullName.size}")
    private String fullName;

    @NotNull(message = "{dev.tandem.client.dateOfBirth.required}")
    @DateOfBirth
    private LocalDate dateOfBirth;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}

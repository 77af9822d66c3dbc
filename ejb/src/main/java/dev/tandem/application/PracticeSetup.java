package dev.tandem.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the first-run setup asks for: the practice's name and its owner's account. The setup form
 * binds to this directly, so the rules below are the only place these fields are validated.
 */
public class PracticeSetup {

    @NotBlank(message = "{dev.tandem.setup.practiceName.required}")
    @Size(max = 200, message = "{dev.tandem.setup.practiceName.size}")
    private String practiceName;

    @NotBlank(message = "{dev.tandem.setup.ownerName.required}")
    @Size(max = 200, message = "{dev.tandem.setup.ownerName.size}")
    private String ownerName;

    @NotNull(message = "{dev.tandem.setup.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{dev.tandem.setup.username.pattern}")
    private String username;

    @NotNull(message = "{dev.tandem.setup.password.required}")
    @Size(
            min = PasswordHashing.MINIMUM_PASSWORD_LENGTH,
            max = PasswordHashing.MAXIMUM_PASSWORD_LENGTH,
            message = "{dev.tandem.setup.password.size}")
    private String password;

    public String getPracticeName() {
        return practiceName;
    }

    public void setPracticeName(String practiceName) {
        this.practiceName = practiceName;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package dev.tandem.web.setup;

import dev.tandem.application.PracticeAlreadySetUpException;
import dev.tandem.application.PracticeSetup;
import dev.tandem.application.SetupService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The one-time setup form: the practice's name and the owner's account. */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    SetupService setupService;

    private final PracticeSetup setup = new PracticeSetup();
    private String passwordConfirmation;

    public String create() {
        try {
            setupService.setUp(setup);
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("msg").getString("setup.done"));
        } catch (PracticeAlreadySetUpException alreadyDone) {
            Messages.addFlashGlobalWarn(Faces.getResourceBundle("msg").getString("setup.alreadyDone"));
        }
        return "/login.xhtml?faces-redirect=true";
    }

    public PracticeSetup getSetup() {
        return setup;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}

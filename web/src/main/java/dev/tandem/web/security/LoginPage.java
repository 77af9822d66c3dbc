package dev.tandem.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in form and the sign-out button. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/clients.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    private String username;
    private String password;

    public void signIn() throws IOException {
        var credential = new UsernamePasswordCredential(username.strip(), new Password(password));
        var status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for login
            case SUCCESS -> Faces.redirect(external.getRequestContextPath() + HOME);
            default -> Messages.addGlobalError(Faces.getResourceBundle("msg").getString("login.failed"));
        }
    }

    public void signOut() throws IOException, ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Faces.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
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

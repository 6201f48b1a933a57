package ua.uchast.community.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Faces;

/** Staff sign-in, step two (/second-factor): the code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorSignInBacking {

    @Inject
    LoginBacking login;

    private String code;

    /** Without a password checked a moment ago in this session, there is nothing to complete: back to step one. */
    public void requirePendingSignIn() throws IOException {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session == null || session.getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE) == null) {
            Faces.redirect("login");
        }
    }

    public void confirm() throws IOException {
        login.authenticate(new SecondFactorCredential(code));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

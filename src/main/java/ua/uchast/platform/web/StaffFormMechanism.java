package ua.uchast.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff sign in on our own Faces page (/login), which hands the credential to {@code SecurityContext.authenticate};
 * the identity store is {@code StaffIdentityStore}. This is what {@code @CustomFormAuthenticationMechanismDefinition}
 * would create, spelled out, because Soteria 3 keeps only one annotation-defined mechanism per application and that
 * one is the residents' OpenID Connect mechanism (see {@link SignInRouter}). Typed to itself so that it never competes
 * for injection as an {@link HttpAuthenticationMechanism}.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@Typed(StaffFormMechanism.class)
@ApplicationScoped
public class StaffFormMechanism implements HttpAuthenticationMechanism {

    private IdentityStoreHandler identityStoreHandler;

    protected StaffFormMechanism() {
    }

    @Inject
    public StaffFormMechanism(IdentityStoreHandler identityStoreHandler) {
        this.identityStoreHandler = identityStoreHandler;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
    }
}

package ua.uchast.community.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.platform.web.ReturnAddress;
import ua.uchast.platform.web.SignInRoute;

/**
 * Staff sign in on our own Faces pages (/login, then /second-factor when they have one), which hand the credential to
 * {@code SecurityContext.authenticate}; the identity store is {@link StaffIdentityStore}. The session keeps the
 * signed-in caller ({@link StaffCaller}, which travels with it to any instance of a cluster), and every request is
 * signed in again from it. A visitor opening a staff page is sent to /login, and the
 * page is remembered so that signing in leads back to it. This route is asked last: it handles every request no
 * other route claimed.
 */
@Typed({SignInRoute.class, StaffFormRoute.class})
@ApplicationScoped
public class StaffFormRoute implements SignInRoute {

    /** The session attribute holding the staff page to return to after signing in. */
    static final String RETURN_ADDRESS = "uchast.staff.returnAddress";
    static final String LOGIN_PAGE = "/login";

    private IdentityStoreHandler identityStoreHandler;

    protected StaffFormRoute() {
    }

    @Inject
    public StaffFormRoute(IdentityStoreHandler identityStoreHandler) {
        this.identityStoreHandler = identityStoreHandler;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean handles(HttpServletRequest request) {
        return true;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        Optional<StaffCaller> signedIn = StaffCaller.in(request);
        if (signedIn.isPresent()) {
            return signedIn.get().signInAgain(context);
        }
        if (context.isProtected()) {
            ReturnAddress.remember(request, RETURN_ADDRESS);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}

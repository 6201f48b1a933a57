package ua.uchast.platform.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.identity.web.ResidentAuthentication;

/**
 * The application's one {@link HttpAuthenticationMechanism} (an enabled alternative, so it wins over the bean Soteria
 * creates from the OpenID definition): resident pages and the identity provider's callback go to the residents'
 * OpenID Connect sign-in, everything else to the staff form.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInRouter implements HttpAuthenticationMechanism {

    private StaffFormMechanism staff;
    private ResidentAuthentication residents;

    protected SignInRouter() {
    }

    @Inject
    public SignInRouter(StaffFormMechanism staff, ResidentAuthentication residents) {
        this.staff = staff;
        this.residents = residents;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return residents.handles(request) ? residents.validateRequest(request, response, context)
                : staff.validateRequest(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (residents.handles(request)) {
            residents.cleanSubject(request, response, context);
        } else {
            staff.cleanSubject(request, response, context);
        }
    }
}

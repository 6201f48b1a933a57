package ua.uchast.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.identity.boundary.ResidentRegistry;

/**
 * The resident side of sign-in: requests for resident pages ({@value #RESIDENT_PATH}...) and the provider's return to
 * {@value #CALLBACK_PATH} go through Soteria's OpenID Connect mechanism (with {@link ResidentLoginContext}); a failed
 * return ends on the sign-in problem page rather than an error status, and without a configured provider resident
 * pages say that sign-in is unavailable.
 * <p>
 * Soteria 3 (Payara 6) keeps a single mechanism created from an annotation: the OpenID one, from
 * {@link ResidentSignInDefinition}. It is the one non-alternative {@link HttpAuthenticationMechanism} bean; the
 * alternative that wins resolution is the request router, which calls this class.
 */
@ApplicationScoped
public class ResidentAuthentication {

    public static final String RESIDENT_PATH = "/identity/resident/";
    public static final String CALLBACK_PATH = "/identity/callback";
    public static final String PROBLEM_PAGE = "/identity/sign-in-problem";

    private static final Logger LOG = Logger.getLogger(ResidentAuthentication.class.getName());

    private BeanManager beanManager;
    private ProviderSettings settings;
    private OpenIdContext openIdContext;
    private ResidentRegistry registry;
    private HttpAuthenticationMechanism openIdMechanism;

    protected ResidentAuthentication() {
    }

    @Inject
    public ResidentAuthentication(BeanManager beanManager, ProviderSettings settings, OpenIdContext openIdContext,
            ResidentRegistry registry) {
        this.beanManager = beanManager;
        this.settings = settings;
        this.openIdContext = openIdContext;
        this.registry = registry;
    }

    public boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(RESIDENT_PATH) || path.equals(CALLBACK_PATH);
    }

    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!settings.isConfigured()) {
            return context.isProtected() || isCallback(request) ? showProblem(request, response, SignInProblem.UNAVAILABLE)
                    : context.doNothing();
        }
        ResidentLoginContext residentContext = new ResidentLoginContext(context, openIdContext, settings.claimMapping(), registry);
        AuthenticationStatus status;
        try {
            status = openIdMechanism().validateRequest(request, response, residentContext);
        } catch (RuntimeException | AuthenticationException e) {
            LOG.log(Level.WARNING, "Resident sign-in through the identity provider failed", e);
            return showProblem(request, response, SignInProblem.FAILED);
        }
        return status == AuthenticationStatus.SEND_FAILURE && isCallback(request)
                ? showProblem(request, response, residentContext.problem()) : status;
    }

    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (settings.isConfigured()) {
            openIdMechanism().cleanSubject(request, response, context);
        } else {
            context.cleanClientSubject();
        }
    }

    private static boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(CALLBACK_PATH);
    }

    static AuthenticationStatus showProblem(HttpServletRequest request, HttpServletResponse response, SignInProblem problem) {
        try {
            response.sendRedirect(request.getContextPath() + PROBLEM_PAGE + "?problem=" + problem.parameter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private synchronized HttpAuthenticationMechanism openIdMechanism() {
        if (openIdMechanism == null) {
            List<Bean<?>> candidates = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(bean -> !bean.isAlternative()).toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException("Expected exactly one HttpAuthenticationMechanism from "
                        + "@OpenIdAuthenticationMechanismDefinition besides the router, found " + candidates);
            }
            Bean<?> bean = candidates.get(0);
            openIdMechanism = (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                    beanManager.createCreationalContext(bean));
        }
        return openIdMechanism;
    }
}

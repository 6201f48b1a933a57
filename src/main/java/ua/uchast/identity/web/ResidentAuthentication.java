package ua.uchast.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.identity.boundary.ResidentPrincipal;
import ua.uchast.identity.boundary.ResidentRegistry;
import ua.uchast.platform.web.SignInRoute;

/**
 * The residents' sign-in route. A signed-in resident is known from {@link ResidentSession} on every page. Otherwise
 * resident pages ({@value #RESIDENT_PATH}...) and the provider's return to {@value #CALLBACK_PATH} go through Soteria's
 * OpenID Connect mechanism (with {@link ResidentLoginContext}); the end of that exchange, successful or not, starts a
 * new session holding only the resident's caller name; a failed return ends on the sign-in problem page rather than an
 * error status, and without a configured provider resident pages say that sign-in is unavailable.
 * <p>
 * Soteria 3 (Payara 6) keeps a single mechanism created from an annotation: the OpenID one, from
 * {@link ResidentSignInDefinition}. It is the one non-alternative {@link HttpAuthenticationMechanism} bean; the
 * alternative that wins resolution is the platform's request router, which calls this route.
 */
@Typed({SignInRoute.class, ResidentAuthentication.class})
@ApplicationScoped
public class ResidentAuthentication implements SignInRoute {

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

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean handles(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith(RESIDENT_PATH) || path.equals(CALLBACK_PATH) || ResidentSession.callerName(request).isPresent();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String signedIn = ResidentSession.callerName(request).orElse(null);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn), Set.of(ResidentPrincipal.ROLE));
        }
        if (request.getUserPrincipal() != null) {
            return context.doNothing();
        }
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
            return refuse(request, response, SignInProblem.FAILED);
        }
        if (residentContext.callerName().isPresent()) {
            ResidentSession.start(request, residentContext.callerName().get());
            return status;
        }
        return status == AuthenticationStatus.SEND_FAILURE && isCallback(request)
                ? refuse(request, response, residentContext.problem()) : status;
    }

    /** Signing out forgets the resident here only; the identity provider's own session is the provider's. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isCallback(HttpServletRequest request) {
        return pathOf(request).equals(CALLBACK_PATH);
    }

    /** A sign-in that did not complete: its session is discarded and the problem page says why. */
    static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, SignInProblem problem) {
        ResidentSession.discard(request);
        return showProblem(request, response, problem);
    }

    private static AuthenticationStatus showProblem(HttpServletRequest request, HttpServletResponse response,
            SignInProblem problem) {
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

package ua.uchast.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one {@link HttpAuthenticationMechanism} (an enabled alternative, so it wins over the bean Soteria
 * creates from the OpenID definition): each request goes to the first {@link SignInRoute} that handles it. The
 * routes live in the components that own them; this class knows none of them by name.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInRouter implements HttpAuthenticationMechanism {

    private List<SignInRoute> routes;

    protected SignInRouter() {
    }

    @Inject
    public SignInRouter(Instance<SignInRoute> routes) {
        this.routes = routes.stream().sorted(Comparator.comparingInt(SignInRoute::order)).toList();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return routeOf(request).validateRequest(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        routeOf(request).cleanSubject(request, response, context);
    }

    private SignInRoute routeOf(HttpServletRequest request) {
        return routes.stream().filter(route -> route.handles(request)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sign-in route handles " + request.getRequestURI()));
    }
}

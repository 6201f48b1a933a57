package ua.uchast.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

/**
 * What the session holds once the identity provider's answer is mapped to a resident. The provider's tokens and claims
 * (the tax number among them) are kept by the session-scoped OpenID Connect context, that is in attributes of the
 * session the sign-in ran in; they must not outlive it, and neither may its id.
 */
class ResidentSessionTest {

    private static final String PROVIDERS_ANSWER = "WELD_S#OpenIdContext";

    @Test
    void aMappedResidentGetsANewSessionWithNothingOfTheSignInButThePageToReturnTo() {
        Sessions sessions = new Sessions();
        HttpSession signIn = sessions.request.getSession(true);
        signIn.setAttribute(PROVIDERS_ANSWER, "access token, identity token, claims with the tax number 3300912347");
        signIn.setAttribute(ResidentSignInGate.RETURN_ADDRESS, "/voting/ballot?cycle=7");
        String idDuringSignIn = signIn.getId();

        ResidentSession.start(sessions.request, "resident:42");

        HttpSession signedIn = sessions.request.getSession(false);
        assertNotEquals(idDuringSignIn, signedIn.getId(), "a session id seen during the sign-in is not the signed-in one");
        assertNull(signedIn.getAttribute(PROVIDERS_ANSWER), "the provider's tokens and claims are not kept");
        assertEquals("/voting/ballot?cycle=7", signedIn.getAttribute(ResidentSignInGate.RETURN_ADDRESS));
        assertEquals(Optional.of("resident:42"), ResidentSession.callerName(sessions.request));
    }

    @Test
    void aRefusedSignInLeavesNothingOfItBehind() {
        Sessions sessions = new Sessions();
        HttpSession signIn = sessions.request.getSession(true);
        signIn.setAttribute(PROVIDERS_ANSWER, "claims of a resident who was refused");
        String idDuringSignIn = signIn.getId();

        ResidentSession.discard(sessions.request);

        HttpSession after = sessions.request.getSession(false);
        assertNotEquals(idDuringSignIn, after.getId());
        assertNull(after.getAttribute(PROVIDERS_ANSWER));
        assertEquals(Optional.empty(), ResidentSession.callerName(sessions.request));
    }

    /** A servlet container's sessions for one browser: a new id for each new session and each change of id. */
    private static final class Sessions {

        private final class State {
            String id = "session-" + ++lastId;
            final Map<String, Object> attributes = new HashMap<>();
        }

        private int lastId;
        private State current;
        final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> session(args == null || (Boolean) args[0]);
                    case "changeSessionId" -> current.id = "session-" + ++lastId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        private HttpSession session(boolean create) {
            if (current == null && create) {
                current = new State();
            }
            return current == null ? null : view(current);
        }

        private HttpSession view(State state) {
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> state.id;
                        case "getAttribute" -> state.attributes.get((String) args[0]);
                        case "getAttributeNames" -> Collections.enumeration(state.attributes.keySet());
                        case "setAttribute" -> state.attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> state.attributes.remove((String) args[0]);
                        case "invalidate" -> {
                            state.attributes.clear();
                            current = current == state ? null : current;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}

package ua.uchast.identity.web;

import java.util.Optional;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentPrincipal;
import ua.uchast.identity.boundary.ResidentRegistry;
import ua.uchast.identity.control.ClaimMapping;
import ua.uchast.identity.control.RefusedIdentity;

/**
 * Given to Soteria's OpenID Connect mechanism instead of the container's context. When the mechanism has validated the
 * provider's tokens and tells the container who signed in, this maps the claims to a resident (creating or updating
 * the row) and signs them in as "resident:&lt;id&gt;" in the group RESIDENT instead, for this request only: the
 * session then keeps just that name ({@link ResidentSession}), never the provider's tokens or claims. Claims that do
 * not identify a resident turn the sign-in into a failure with a {@link #problem()}.
 */
final class ResidentLoginContext extends HttpMessageContextWrapper {

    private final OpenIdContext openIdContext;
    private final ClaimMapping claimMapping;
    private final ResidentRegistry registry;
    private SignInProblem problem = SignInProblem.FAILED;
    private String callerName;

    ResidentLoginContext(HttpMessageContext context, OpenIdContext openIdContext, ClaimMapping claimMapping,
            ResidentRegistry registry) {
        super(context);
        this.openIdContext = openIdContext;
        this.claimMapping = claimMapping;
        this.registry = registry;
    }

    /** Soteria asks the container to keep its caller in the session; {@link ResidentSession} keeps ours instead. */
    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
        // the container registers nothing: the session would then hold the caller Soteria derived from the claims
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return getWrapped().notifyContainerAboutLogin(result);
        }
        try {
            Resident resident = registry.signIn(claimMapping.map(ProviderClaims.of(openIdContext)));
            callerName = ResidentPrincipal.callerNameOf(resident);
            return getWrapped().notifyContainerAboutLogin(new CallerPrincipal(callerName), Set.of(ResidentPrincipal.ROLE));
        } catch (RefusedIdentity refused) {
            problem = SignInProblem.byMessageKey(refused.reasonKey()).orElse(SignInProblem.FAILED);
            return getWrapped().notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
    }

    /** The signed-in resident's caller name, once the provider's answer has been mapped to a resident. */
    Optional<String> callerName() {
        return Optional.ofNullable(callerName);
    }

    SignInProblem problem() {
        return problem;
    }
}

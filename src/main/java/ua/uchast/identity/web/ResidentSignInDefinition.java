package ua.uchast.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Residents sign in with the OpenID Connect authorization-code flow of Jakarta Security 3 (Soteria in Payara),
 * configured by {@link ProviderSettings}. The provider returns to {@value ResidentAuthentication#CALLBACK_PATH}.
 * The caller name and groups Soteria derives from the claims are replaced by {@link ResidentLoginContext}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.issuer}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        scopeExpression = "${oidcConfig.scopes}",
        redirectURI = "${baseURL}" + ResidentAuthentication.CALLBACK_PATH,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub"))
@ApplicationScoped
public class ResidentSignInDefinition {
}

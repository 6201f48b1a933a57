package ua.uchast.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.identity.control.ClaimMapping;

/**
 * The resident identity provider (BankID NBU, id.gov.ua, Дія or, locally, the demo one) from MicroProfile Config,
 * i.e. from UCHAST_OIDC_* environment variables. Read by the {@code @OpenIdAuthenticationMechanismDefinition} in
 * {@link ResidentSignInDefinition} through EL as {@code oidcConfig}. Without an issuer, resident sign-in is off.
 */
@Named("oidcConfig")
@ApplicationScoped
public class ProviderSettings {

    private String issuer;
    private String clientId;
    private String clientSecret;
    private String scopes;
    private ClaimMapping claimMapping;

    protected ProviderSettings() {
    }

    @Inject
    public ProviderSettings(@ConfigProperty(name = "uchast.oidc.issuer") Optional<String> issuer,
            @ConfigProperty(name = "uchast.oidc.client-id", defaultValue = "uchast") String clientId,
            @ConfigProperty(name = "uchast.oidc.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "uchast.oidc.scopes", defaultValue = "openid profile") String scopes,
            @ConfigProperty(name = "uchast.oidc.claim.tax-number", defaultValue = "tax_number") String taxNumberClaim,
            @ConfigProperty(name = "uchast.oidc.claim.birth-date", defaultValue = "birthdate") String birthDateClaim,
            @ConfigProperty(name = "uchast.oidc.claim.address", defaultValue = "address") String addressClaim,
            @ConfigProperty(name = "uchast.oidc.claim.katottg", defaultValue = "katottg") String katottgClaim,
            @ConfigProperty(name = "uchast.oidc.claim.name", defaultValue = "name") String nameClaim) {
        this.issuer = issuer.map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        this.clientId = clientId;
        this.clientSecret = clientSecret.orElse("");
        this.scopes = scopesOf(scopes);
        this.claimMapping = new ClaimMapping(taxNumberClaim, birthDateClaim, addressClaim, katottgClaim, nameClaim);
    }

    /** The configured scopes (space- or comma-separated) as Soteria 3 evaluates them: one space-separated text, with "openid". */
    static String scopesOf(String text) {
        Set<String> all = new LinkedHashSet<>();
        all.add("openid");
        Arrays.stream(text.split("[\\s,]+")).filter(scope -> !scope.isEmpty()).forEach(all::add);
        return String.join(" ", all);
    }

    public boolean isConfigured() {
        return issuer != null;
    }

    public String getIssuer() {
        return issuer == null ? "" : issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getScopes() {
        return scopes;
    }

    public ClaimMapping claimMapping() {
        return claimMapping;
    }
}

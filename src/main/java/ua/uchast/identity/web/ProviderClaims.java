package ua.uchast.identity.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/** The claims of a fresh sign-in: those in the ID token, completed by the provider's userinfo endpoint if it has one. */
final class ProviderClaims {

    private static final Logger LOG = Logger.getLogger(ProviderClaims.class.getName());

    private ProviderClaims() {
    }

    static Map<String, Object> of(OpenIdContext context) {
        Map<String, Object> claims = new HashMap<>(context.getIdentityToken().getClaims());
        try {
            context.getClaimsJson().forEach((name, value) -> claims.putIfAbsent(name, plain(value)));
        } catch (RuntimeException noUserInfo) {
            LOG.log(Level.FINE, "No userinfo claims from the identity provider; using the ID token only", noUserInfo);
        }
        return claims;
    }

    private static Object plain(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        } else if (value instanceof JsonNumber number) {
            return number.toString();
        } else if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((name, member) -> map.put(name, plain(member)));
            return map;
        }
        return value.toString();
    }
}

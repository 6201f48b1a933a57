package ua.uchast.testsupport;

import java.util.Map;

import jakarta.json.Json;

import ua.uchast.identity.entity.Rnokpp;

/**
 * A resident signing in through the demo OpenID Connect provider over plain HTTP, as a browser without JavaScript
 * would: the platform sends them to the provider, they post its form with their claims, the provider sends them back.
 */
public final class ResidentSignIn {

    private ResidentSignIn() {
    }

    /** A client signed in as this person (with the demo provider's default address in Vyshneve). */
    public static WebClient as(String platformUrl, Rnokpp person) {
        return as(platformUrl, person, "Київська обл., м. Вишневе, вул. Святошинська, 12");
    }

    public static WebClient as(String platformUrl, Rnokpp person, String address) {
        WebClient resident = new WebClient(platformUrl);
        WebClient.Page provider = resident.get("identity/resident/");
        if (!provider.contains("demoLogin")) {
            throw new AssertionError("Not the demo provider's sign-in page: " + provider.uri() + "\n" + provider.body());
        }
        String claims = Json.createObjectBuilder().add("name", "Тестова Мешканка").add("tax_number", person.value())
                .add("address", address).build().toString();
        WebClient.Page signedIn = resident.post(provider.uri(), Map.of("username", "resident-" + person.value(), "claims", claims));
        if (signedIn.status() != 200 || !signedIn.uri().getPath().startsWith("/identity/resident")) {
            throw new AssertionError("Not signed in: " + signedIn.status() + " " + signedIn.uri() + "\n" + signedIn.body());
        }
        return resident;
    }
}

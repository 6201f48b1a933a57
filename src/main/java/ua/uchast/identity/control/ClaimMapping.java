package ua.uchast.identity.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ua.uchast.community.entity.Katottg;
import ua.uchast.identity.entity.Rnokpp;

/**
 * Which claims of the provider carry the tax number, birth date, address, the KATOTTG code of the address and name, and
 * how to read them. Values are strings, numbers or (for an OpenID-style address) objects; the birth date may be ISO
 * (1990-05-17) or Ukrainian (17.05.1990) and, when missing, comes from the РНОКПП; a KATOTTG code that is not one is
 * ignored (the address's text is then all there is).
 */
public record ClaimMapping(String taxNumberClaim, String birthDateClaim, String addressClaim, String katottgClaim,
        String nameClaim) {

    public static final String MISSING_TAX_NUMBER = "identity.signIn.noTaxNumber";
    public static final String INVALID_TAX_NUMBER = "identity.signIn.invalidTaxNumber";

    private static final DateTimeFormatter UKRAINIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> ADDRESS_PARTS = List.of("street_address", "locality", "region", "postal_code", "country");

    public ClaimMapping {
        Objects.requireNonNull(taxNumberClaim, "taxNumberClaim");
        Objects.requireNonNull(birthDateClaim, "birthDateClaim");
        Objects.requireNonNull(addressClaim, "addressClaim");
        Objects.requireNonNull(katottgClaim, "katottgClaim");
        Objects.requireNonNull(nameClaim, "nameClaim");
    }

    /** @throws RefusedIdentity if the tax number is missing or not a valid РНОКПП */
    public ProviderIdentity map(Map<String, ?> claims) {
        String taxNumber = text(claims.get(taxNumberClaim)).replaceAll("\\s", "");
        if (taxNumber.isEmpty()) {
            throw new RefusedIdentity(MISSING_TAX_NUMBER);
        }
        if (!Rnokpp.isValid(taxNumber)) {
            throw new RefusedIdentity(INVALID_TAX_NUMBER);
        }
        Rnokpp rnokpp = Rnokpp.of(taxNumber);
        LocalDate birthDate = date(text(claims.get(birthDateClaim))).orElseGet(rnokpp::birthDate);
        String katottg = Katottg.parse(text(claims.get(katottgClaim))).map(Katottg::code).orElse(null);
        return new ProviderIdentity(rnokpp, birthDate, emptyToNull(address(claims.get(addressClaim))), katottg,
                text(claims.get(nameClaim)));
    }

    private static String address(Object value) {
        if (value instanceof Map<?, ?> parts) {
            String formatted = text(parts.get("formatted"));
            return !formatted.isEmpty() ? formatted
                    : ADDRESS_PARTS.stream().map(part -> text(parts.get(part))).filter(part -> !part.isEmpty())
                            .collect(Collectors.joining(", "));
        }
        return text(value);
    }

    private static Optional<LocalDate> date(String text) {
        return Stream.of(DateTimeFormatter.ISO_LOCAL_DATE, UKRAINIAN_DATE).flatMap(format -> {
            try {
                return Stream.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                return Stream.empty();
            }
        }).findFirst();
    }

    private static String text(Object value) {
        return value == null || value instanceof Map<?, ?> ? "" : value.toString().strip();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

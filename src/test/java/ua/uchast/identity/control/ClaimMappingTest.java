package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private static final String TAX_NUMBER = "3300912347";
    private final ClaimMapping defaults = new ClaimMapping("tax_number", "birthdate", "address", "katottg", "name");

    @Test
    void readsTheConfiguredClaims() {
        ProviderIdentity identity = defaults.map(Map.of("tax_number", TAX_NUMBER, "birthdate", "1990-05-17",
                "address", "м. Вишневе, вул. Святошинська, 12", "name", "Марія Тестова"));
        assertEquals(TAX_NUMBER, identity.taxNumber().value());
        assertEquals(LocalDate.of(1990, 5, 17), identity.birthDate());
        assertEquals("м. Вишневе, вул. Святошинська, 12", identity.address());
        assertEquals("Марія Тестова", identity.displayName());
    }

    @Test
    void claimNamesComeFromConfiguration() {
        ClaimMapping bankIdStyle = new ClaimMapping("inn", "birthDay", "addresses", "koatuu", "fullName");
        ProviderIdentity identity = bankIdStyle.map(Map.of("inn", TAX_NUMBER, "birthDay", "17.05.1990",
                "addresses", "с. Тарасівка", "koatuu", "ua3208 0090 0200 82865", "fullName", "Петро"));
        assertEquals(LocalDate.of(1990, 5, 17), identity.birthDate());
        assertEquals("с. Тарасівка", identity.address());
        assertEquals("UA32080090020082865", identity.katottg());
    }

    @Test
    void aKatottgClaimThatIsNoCodeIsIgnored() {
        assertNull(defaults.map(Map.of("tax_number", TAX_NUMBER, "katottg", "Вишневе")).katottg());
        assertNull(defaults.map(Map.of("tax_number", TAX_NUMBER)).katottg());
    }

    @Test
    void anImpossibleBirthDateIsNotMovedToAnotherDayButTakenFromTheTaxNumber() {
        ProviderIdentity identity = new ClaimMapping("inn", "birthDay", "addresses", "koatuu", "fullName")
                .map(Map.of("inn", TAX_NUMBER, "birthDay", "31.02.1990"));
        assertEquals(LocalDate.of(1990, 5, 17), identity.birthDate());
    }

    @Test
    void withoutABirthDateClaimTheDateComesFromTheTaxNumber() {
        ProviderIdentity identity = defaults.map(Map.of("tax_number", TAX_NUMBER));
        assertEquals(LocalDate.of(1990, 5, 17), identity.birthDate());
        assertNull(identity.address());
        assertEquals("", identity.displayName());
    }

    @Test
    void anOpenIdAddressObjectIsReadAsText() {
        assertEquals("вул. Шевченка, 3, Вишневе", defaults.map(Map.of("tax_number", TAX_NUMBER, "address",
                Map.of("street_address", "вул. Шевченка, 3", "locality", "Вишневе"))).address());
        assertEquals("Вишневе, вул. Шевченка, 3", defaults.map(Map.of("tax_number", TAX_NUMBER, "address",
                Map.of("formatted", "Вишневе, вул. Шевченка, 3", "locality", "ignored"))).address());
    }

    @Test
    void aNumericTaxNumberClaimWithSpacesIsAccepted() {
        assertEquals(TAX_NUMBER, defaults.map(Map.of("tax_number", " 33009 12347 ")).taxNumber().value());
        assertEquals(TAX_NUMBER, defaults.map(Map.of("tax_number", 3300912347L)).taxNumber().value());
    }

    @Test
    void aWrongCheckDigitIsRefusedWithItsOwnReason() {
        RefusedIdentity refused = assertThrows(RefusedIdentity.class, () -> defaults.map(Map.of("tax_number", "3300912340")));
        assertEquals(ClaimMapping.INVALID_TAX_NUMBER, refused.reasonKey());
        assertFalse(refused.getMessage().contains("3300912340"), "the number is not echoed");
    }

    @Test
    void aMissingTaxNumberIsRefused() {
        assertEquals(ClaimMapping.MISSING_TAX_NUMBER,
                assertThrows(RefusedIdentity.class, () -> defaults.map(Map.of("name", "Хтось"))).reasonKey());
    }
}

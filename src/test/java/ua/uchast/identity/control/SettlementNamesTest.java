package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ua.uchast.community.entity.Katottg;
import ua.uchast.identity.control.SettlementNames.Settlement;

class SettlementNamesTest {

    private static final List<Settlement> BY_NAME = List.of(uncoded(1, "м. Вишневе"), uncoded(2, "с. Крюківщина"),
            uncoded(3, "с. Віта-Поштова"), uncoded(4, "смт Калинівка"), uncoded(5, "с. Лук’янівка"));
    /** Вишнева громада of Бучанський район, Київська область, with its settlements' codes. */
    private static final List<Settlement> CODED = List.of(coded(1, "м. Вишневе", "UA32080090010000001"),
            coded(2, "с. Крюківщина", "UA32080090020082865"), uncoded(3, "с. Тарасівка"));
    /** A hromada of Вінниччина with a village called like many others. */
    private static final List<Settlement> KALYNIVKA_OF_VINNYTSIA = List.of(coded(7, "смт Калинівка", "UA05020130010012345"));

    @Test
    void prefixesCaseAndSpacesDoNotMatter() {
        assertEquals("вишневе", SettlementNames.normalise("  м.  Вишневе "));
        assertEquals("вишневе", SettlementNames.normalise("місто Вишневе"));
        assertEquals("калинівка", SettlementNames.normalise("смт. Калинівка"));
        assertEquals("калинівка", SettlementNames.normalise("селище міського типу Калинівка"));
        assertEquals("тарасівка", SettlementNames.normalise("с.Тарасівка"));
    }

    @Test
    void allApostrophesAreTheSame() {
        assertEquals(Optional.of(5L), byAddress("с. Лук'янівка, вул. Миру, 1", BY_NAME));
        assertEquals(Optional.of(5L), byAddress("село Лукʼянівка", BY_NAME));
        assertEquals(Optional.of(5L), byAddress("ЛУК’ЯНІВКА", BY_NAME));
    }

    @Test
    void anAddressMatchesWhenOneOfItsPartsIsASettlement() {
        assertEquals(Optional.of(1L), byAddress("Київська обл., Бучанський р-н, м. Вишневе, вул. Святошинська, 12", BY_NAME));
        assertEquals(Optional.of(3L), byAddress("Київська обл., с. Віта-Поштова, вул. Садова, 5", BY_NAME));
        assertEquals(Optional.of(4L), byAddress("вул. Садова, 5, селище Калинівка", BY_NAME));
    }

    @Test
    void aStreetNamedLikeASettlementOrAnotherPlaceDoesNotMatch() {
        assertTrue(byAddress("м. Київ, вул. Вишнева, 3", BY_NAME).isEmpty());
        assertTrue(byAddress("м. Київ, вул. Вишневе, 3", BY_NAME).isEmpty());
        assertTrue(byAddress("м. Вишневе-Нове", BY_NAME).isEmpty());
        assertTrue(byAddress("", BY_NAME).isEmpty());
        assertTrue(byAddress(null, BY_NAME).isEmpty());
    }

    @Test
    void aNamesakeVillageInAnotherOblastDoesNotPassForTheHromadas() {
        assertTrue(byAddress("Київська обл., Бучанський р-н, смт Калинівка, вул. Садова, 5", KALYNIVKA_OF_VINNYTSIA).isEmpty(),
                "Калинівка of Київщина is not the Калинівка of Вінниччина");
        assertTrue(byAddress("смт Калинівка, вул. Садова, 5, Київської області", KALYNIVKA_OF_VINNYTSIA).isEmpty());
        assertEquals(Optional.of(7L), byAddress("Вінницька обл., Вінницький р-н, смт Калинівка, вул. Садова, 5",
                KALYNIVKA_OF_VINNYTSIA));
        assertEquals(Optional.of(7L), byAddress("смт Калинівка, Вінницького району Вінницької області", KALYNIVKA_OF_VINNYTSIA));
        assertEquals(Optional.of(7L), byAddress("смт Калинівка, вул. Садова, 5", KALYNIVKA_OF_VINNYTSIA),
                "an address naming no oblast is read by the name");
    }

    @Test
    void aNamesakeInAnotherRaionOfTheSameOblastDoesNotPassButAnOldRaionNeitherConfirmsNorRefutes() {
        assertTrue(byAddress("Київська обл., Броварський р-н, с. Крюківщина", CODED).isEmpty());
        assertEquals(Optional.of(2L), byAddress("Київська обл., Бучанський район, с. Крюківщина", CODED));
        assertEquals(Optional.of(1L), byAddress("Київська обл., Києво-Святошинський р-н, м. Вишневе", CODED),
                "an address from before 2020 names a raion that no longer exists");
    }

    @Test
    void theDemoProvidersDefaultAddressIsInVyshneve() {
        assertEquals(Optional.of(1L), byAddress("Київська обл., м. Вишневе, вул. Святошинська, 12", CODED));
        assertTrue(byAddress("Львівська обл., м. Вишневе, вул. Святошинська, 12", CODED).isEmpty());
        assertEquals(Optional.of(3L), byAddress("Львівська обл., с. Тарасівка", CODED),
                "a settlement without a code is still matched by its name");
    }

    @Test
    void theProvidersKatottgCodeDecidesForEverySettlementThatHasOne() {
        assertEquals(Optional.of(1L), SettlementNames.settlementOf("вул. Святошинська, 12", "UA32080090010000001", CODED));
        assertEquals(Optional.of(1L), SettlementNames.settlementOf(null, "UA32080090010012345", CODED),
                "the settlement's levels decide, not the digits that make a code unique");
        assertEquals(Optional.of(2L), SettlementNames.settlementOf("Київська обл., м. Вишневе", "UA32080090020082865", CODED),
                "the code outweighs the text");
        assertTrue(SettlementNames.settlementOf("Київська обл., м. Вишневе", "UA05020130010012345", CODED).isEmpty(),
                "a code elsewhere is not outweighed by a name");
        assertEquals(Optional.of(3L), SettlementNames.settlementOf("с. Тарасівка", "UA05020130010012345", CODED),
                "a settlement without a code is matched by name");
        assertEquals(Optional.of(1L), SettlementNames.settlementOf("Київська обл., м. Вишневе", "not a code", CODED));
    }

    @Test
    void aCityDistrictLiesInItsCity() {
        Katottg lviv = new Katottg("UA46060250010015970");
        assertTrue(lviv.contains(new Katottg("UA46060250010121390")), "Галицький район of Львів");
        assertFalse(lviv.contains(new Katottg("UA46060250020015970")), "another settlement of the hromada");
        assertTrue(new Katottg("UA32080090000011038").contains(new Katottg("UA32080090020082865")), "a hromada holds its villages");
        assertTrue(Katottg.parse(" ua3208 0090 0200 82865 ").isPresent());
        assertTrue(Katottg.parse("UA3208009002008286").isEmpty());
    }

    private static Optional<Long> byAddress(String address, List<Settlement> settlements) {
        return SettlementNames.settlementOf(address, null, settlements);
    }

    private static Settlement uncoded(long id, String name) {
        return new Settlement(id, name, null);
    }

    private static Settlement coded(long id, String name, String code) {
        return new Settlement(id, name, new Katottg(code));
    }
}

package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SettlementNamesTest {

    private static final List<String> VYSHNEVA = List.of("м. Вишневе", "с. Крюківщина", "с. Віта-Поштова", "смт Калинівка",
            "с. Лук’янівка");

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
        assertTrue(SettlementNames.addressIn("с. Лук'янівка, вул. Миру, 1", VYSHNEVA));
        assertTrue(SettlementNames.addressIn("село Лукʼянівка", VYSHNEVA));
        assertTrue(SettlementNames.addressIn("ЛУК’ЯНІВКА", VYSHNEVA));
    }

    @Test
    void anAddressMatchesWhenOneOfItsPartsIsASettlement() {
        assertTrue(SettlementNames.addressIn("Київська обл., Бучанський р-н, м. Вишневе, вул. Святошинська, 12", VYSHNEVA));
        assertTrue(SettlementNames.addressIn("Київська обл., с. Віта-Поштова, вул. Садова, 5", VYSHNEVA));
        assertTrue(SettlementNames.addressIn("вул. Садова, 5, селище Калинівка", VYSHNEVA));
    }

    @Test
    void aStreetNamedLikeASettlementOrAnotherPlaceDoesNotMatch() {
        assertFalse(SettlementNames.addressIn("м. Київ, вул. Вишнева, 3", VYSHNEVA));
        assertFalse(SettlementNames.addressIn("м. Київ, вул. Вишневе, 3", VYSHNEVA));
        assertFalse(SettlementNames.addressIn("м. Вишневе-Нове", VYSHNEVA));
        assertFalse(SettlementNames.addressIn("", VYSHNEVA));
        assertFalse(SettlementNames.addressIn(null, VYSHNEVA));
    }
}

package ua.uchast.identity.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ua.uchast.community.entity.Katottg;
import ua.uchast.platform.control.UiText;

/**
 * Which of a hromada's settlements an address from an identity provider lies in. A KATOTTG code the provider gave is
 * matched against the settlements' codes and decides for every settlement that has one. Otherwise the address's text
 * is read: one of its comma-separated parts must be the settlement's name (so a street named after a settlement, "вул.
 * Вишнева", does not count), and for a settlement with a code, an oblast or raion the address names must be the
 * settlement's, so a namesake village elsewhere does not pass. Names are compared normalised: letter case, the
 * apostrophes ’ ' ʼ ` and the settlement-kind prefixes (м., с., смт, селище, ...) do not matter. A raion the address
 * names that is not one of today's raions of the oblast (an address written before the 2020 reform names an old one)
 * neither confirms nor refutes.
 */
public final class SettlementNames {

    /** A settlement of the hromada: its id, name and KATOTTG code (null when the hromada gave none). */
    public record Settlement(Long id, String name, Katottg katottg) {
    }

    private static final Locale UKRAINIAN = UiText.UKRAINIAN;
    private static final Pattern APOSTROPHES = Pattern.compile("[’'ʼ`‘ʹ]");
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(місто|м\\.|село|с\\.|селище міського типу|смт\\.?|селище|сел\\.|с-ще)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SettlementNames() {
    }

    public static String normalise(String name) {
        String text = SPACES.matcher(APOSTROPHES.matcher(name.strip().toLowerCase(UKRAINIAN)).replaceAll("'")).replaceAll(" ");
        return KIND_PREFIX.matcher(text).replaceFirst("").strip();
    }

    /** The settlement (by id) the address or the provider's KATOTTG code places the person in, if any. */
    public static Optional<Long> settlementOf(String address, String claimedKatottg, List<Settlement> settlements) {
        Optional<Katottg> claimed = Katottg.parse(claimedKatottg);
        return settlements.stream().filter(settlement -> claimed.isPresent() && settlement.katottg() != null
                ? settlement.katottg().contains(claimed.get())
                : namedIn(address, settlement)).map(Settlement::id).findFirst();
    }

    private static boolean namedIn(String address, Settlement settlement) {
        if (address == null || address.isBlank()) {
            return false;
        }
        List<String> parts = Arrays.asList(address.split(","));
        String name = normalise(settlement.name());
        if (parts.stream().map(SettlementNames::normalise).noneMatch(name::equals)) {
            return false;
        }
        Katottg code = settlement.katottg();
        return code == null || parts.stream().allMatch(part -> agreesWith(part, code));
    }

    /** Whether an address part, where it names an oblast or one of today's raions, names the settlement's. */
    private static boolean agreesWith(String part, Katottg code) {
        return AdministrativeUnits.oblastsIn(part).stream().allMatch(oblast -> AdministrativeUnits.isNamed(code.oblast(), oblast))
                && AdministrativeUnits.raionsIn(part).stream().allMatch(raion -> AdministrativeUnits.isNamed(code.raion(), raion)
                        || !AdministrativeUnits.isKnownRaionOf(code.oblast(), raion));
    }
}

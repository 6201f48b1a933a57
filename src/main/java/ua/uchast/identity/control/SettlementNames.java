package ua.uchast.identity.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ua.uchast.platform.control.UiText;

/**
 * Whether an address from an identity provider lies in one of a hromada's settlements. Both sides are compared
 * normalised: letter case, the apostrophes ’ ' ʼ ` and the settlement-kind prefixes (м., с., смт, селище, ...) do not
 * matter. An address matches when one of its comma-separated parts is the settlement, so a street named after
 * a settlement ("вул. Вишнева") does not.
 */
public final class SettlementNames {

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

    public static boolean addressIn(String address, Collection<String> settlements) {
        if (address == null || address.isBlank()) {
            return false;
        }
        Set<String> wanted = settlements.stream().map(SettlementNames::normalise).collect(Collectors.toSet());
        return Arrays.stream(address.split(",")).map(SettlementNames::normalise).anyMatch(wanted::contains);
    }

    /** The settlement (by id, among the given ones with their names) the address lies in, if any. */
    public static Optional<Long> settlementOf(String address, Map<Long, String> settlements) {
        return settlements.entrySet().stream().filter(settlement -> addressIn(address, List.of(settlement.getValue())))
                .map(Map.Entry::getKey).findFirst();
    }
}

package ua.uchast.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oblasts and raions by their KATOTTG codes (katottg-oblasts-and-raions.tsv) and how an address names them: "Київська
 * обл.", "Київської області", "Бучанський р-н", "Бучанського району". Names are compared by their stem, so the case of
 * the adjective does not matter.
 */
final class AdministrativeUnits {

    private static final String WORD = "([\\p{L}'-]+)";
    private static final Pattern OBLAST = Pattern.compile(WORD + "\\s+(?:обл\\.?|області|область)(?![\\p{L}])");
    private static final Pattern CRIMEA = Pattern.compile("(?:^|\\s)(?:ар|автономна республіка)\\s+крим(?![\\p{L}])");
    private static final Pattern RAION = Pattern.compile(WORD + "\\s+(?:р-н|р-ну|р-он|район|району)(?![\\p{L}])");
    private static final List<String> ENDINGS = List.of("ого", "ому", "ої", "ій", "ий", "ою", "им", "ім", "а", "у", "і");
    private static final Map<String, List<String>> NAMES = load();

    private AdministrativeUnits() {
    }

    /** The stems of the oblasts an address part names ("київськ" for "Київська обл." or "Київської області"). */
    static List<String> oblastsIn(String part) {
        String text = SettlementNames.normalise(part);
        List<String> stems = named(OBLAST, text);
        if (CRIMEA.matcher(text).find()) {
            stems.add(stem("автономна республіка крим"));
        }
        return stems;
    }

    /** The stems of the raions an address part names ("бучанськ" for "Бучанський р-н" or "Бучанського району"). */
    static List<String> raionsIn(String part) {
        return named(RAION, SettlementNames.normalise(part));
    }

    /** Whether the oblast or raion of this code ("UA32", "UA3208") has a name with this stem. */
    static boolean isNamed(String code, String stem) {
        return NAMES.getOrDefault(code, List.of()).stream().map(AdministrativeUnits::stem).anyMatch(stem::equals);
    }

    /** Whether any raion of the oblast known here has a name with this stem. */
    static boolean isKnownRaionOf(String oblastCode, String stem) {
        return NAMES.entrySet().stream().filter(unit -> unit.getKey().length() == 6 && unit.getKey().startsWith(oblastCode))
                .anyMatch(unit -> unit.getValue().stream().map(AdministrativeUnits::stem).anyMatch(stem::equals));
    }

    private static List<String> named(Pattern pattern, String text) {
        List<String> stems = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            stems.add(stem(matcher.group(1)));
        }
        return stems;
    }

    static String stem(String name) {
        String text = SettlementNames.normalise(name);
        for (String ending : ENDINGS) {
            if (text.endsWith(ending) && text.length() > ending.length() + 2) {
                return text.substring(0, text.length() - ending.length());
            }
        }
        return text;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> names = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                AdministrativeUnits.class.getResourceAsStream("katottg-oblasts-and-raions.tsv"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 2))
                    .forEach(unit -> names.put(unit[0], Arrays.asList(unit[1].toLowerCase(Locale.ROOT).split("\\|"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}

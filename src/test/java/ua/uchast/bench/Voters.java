package ua.uchast.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.WebClient;

/**
 * Residents voting through the identity-provider channel as a browser without JavaScript does it: signed in at the
 * demo OpenID Connect provider, then for each ballot the ballot page, the confirmation step and casting (with the
 * thank-you page the cast redirects to).
 */
final class Voters {

    private static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\" name=\"([^\"]+)\"");

    private final String baseUrl;
    private final AtomicInteger people = new AtomicInteger();

    Voters(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A new person (a valid РНОКПП nobody used before in this run), numbered from {@code first}. */
    static Rnokpp person(int n) {
        LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(n / 1000);
        return Rnokpp.compose(birthDate, n % 2 == 0 ? Rnokpp.Gender.FEMALE : Rnokpp.Gender.MALE, n % 1000);
    }

    /** A new resident of the benchmark hromada, signed in at the provider; lands on the ballot of {@code cycleId}. */
    WebClient signedIn(long cycleId) {
        int n = people.incrementAndGet();
        Rnokpp person = person(n);
        WebClient browser = new WebClient(baseUrl);
        WebClient.Page provider = browser.get("voting/sign-in?cycle=" + cycleId);
        require(provider.contains("demoLogin"), "the demo provider's sign-in page", provider);
        String claims = "{\"name\":\"Виборець Тестовий " + n + "\",\"tax_number\":\"" + person.value() + "\",\"birthdate\":\""
                + person.birthDate() + "\",\"address\":\"Київська обл., м. " + BenchData.SETTLEMENTS.get(n % 3)
                + ", вул. Садова, " + (1 + n % 90) + "\"}";
        WebClient.Page ballot = browser.submitTo(provider, "demoLogin", provider.uri().toString(), "signIn",
                Map.of("username", "bench-resident-" + n, "claims", claims));
        require(ballot.uri().getPath().endsWith("/voting/ballot"), "the ballot after signing in", ballot);
        return browser;
    }

    /** Opens the ballot, chooses 1–3 projects in each category, confirms and casts; fails unless a receipt is shown. */
    static void vote(WebClient resident, long cycleId, Random random) {
        WebClient.Page ballot = resident.get("voting/ballot?cycle=" + cycleId);
        require(ballot.status() == 200 && ballot.contains("ballot:review"), "the ballot", ballot);
        List<String> boxes = new ArrayList<>();
        Matcher box = CHECKBOX.matcher(ballot.body());
        while (box.find()) {
            boxes.add(box.group(1));
        }
        require(boxes.size() == BenchData.PROJECTS_PER_BALLOT, "a card for every project", ballot);
        Map<String, String> chosen = new LinkedHashMap<>();
        int perCategory = boxes.size() / 2;
        for (int category = 0; category < 2; category++) {
            int first = category * perCategory;
            Set<Integer> picked = new TreeSet<>();
            int wanted = 1 + random.nextInt(3);
            while (picked.size() < wanted) {
                picked.add((int) Math.min(perCategory - 1, Math.abs(random.nextGaussian()) * perCategory / 4));
            }
            picked.forEach(index -> chosen.put(boxes.get(first + index), "on"));
        }
        WebClient.Page confirm = resident.submit(ballot, "ballot", "review", chosen);
        require(confirm.contains("ballot:cast"), "the confirmation step", confirm);
        WebClient.Page thanks = resident.submit(confirm, "ballot", "cast", Map.of());
        require(thanks.contains("receiptCode"), "a receipt", thanks);
    }

    static void require(boolean condition, String what, WebClient.Page page) {
        if (!condition) {
            String body = page.body();
            throw new IllegalStateException("expected " + what + ", got " + page.status() + " " + page.uri() + ": "
                    + body.substring(0, Math.min(400, body.length())).replaceAll("\\s+", " "));
        }
    }
}

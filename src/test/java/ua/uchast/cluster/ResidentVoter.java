package ua.uchast.cluster;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

import ua.uchast.devenv.DataGrid;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/**
 * A resident of Vyshneve voting through the identity-provider channel over plain HTTP, as a browser without
 * JavaScript would: signs in at the demo OpenID Connect provider from the ballot, ticks the first project, confirms
 * with the declaration of residence, and reads the receipt code off the thank-you page.
 */
final class ResidentVoter {

    private static final Pattern CHECKBOX = Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*name=\"([^\"]+)\"[^>]*data-cost");
    private static final Pattern SETTLEMENT = Pattern.compile("(?s)<select[^>]*name=\"ballot:settlementId\".*?<option value=\"(\\d+)\"");
    private static final Pattern RECEIPT = Pattern.compile("id=\"receiptCode\"[^>]*>\\s*([^<\\s]+)\\s*<");

    /** What one attempt to vote came to. */
    enum Outcome {
        /** The thank-you page showed a receipt code: the ballot is acknowledged. */
        ACKNOWLEDGED,
        /** The platform said this person has already voted. */
        ALREADY_VOTED,
        /** The page asked the visitor to sign in: their session was lost. */
        SIGNED_OUT,
        /** No answer, an error, or a page that was none of the above: the voter may try again. */
        FAILED
    }

    private final WebClient client;
    private final long cycleId;
    private final Rnokpp person;
    private String receipt;
    private String problem;
    private Page confirmation;
    private String lastInstance;

    ResidentVoter(String baseUrl, long cycleId, Rnokpp person) {
        this.client = new WebClient(baseUrl);
        this.cycleId = cycleId;
        this.person = person;
    }

    /** Signs in through the demo provider from the ballot; true when back at the ballot as a signed-in resident. */
    boolean signIn() {
        Page provider = client.get("voting/sign-in?cycle=" + cycleId);
        if (!provider.contains("demoLogin")) {
            throw new AssertionError("expected the demo provider's page, got " + provider.status() + " " + provider.uri());
        }
        String claims = Json.createObjectBuilder().add("name", "Виборець " + person.value())
                .add("tax_number", person.value()).add("birthdate", person.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .add("address", "Київська обл., м. Вишневе, вул. Київська, 1").build().toString();
        Page ballot = client.submitTo(provider, "demoLogin", provider.uri().toString(), "signIn",
                Map.of("username", "cluster-voter-" + person.value(), "claims", claims));
        noteInstance(ballot);
        return isSignedInBallot(ballot);
    }

    /** One attempt from the ballot page on: choose, confirm, cast. A failed attempt says why in {@link #problem()}. */
    Outcome vote() {
        Outcome notConfirmed = review();
        return notConfirmed != null ? notConfirmed : cast();
    }

    /**
     * From the ballot page to the confirmation step, whose choice then waits in the session (the page's view-scoped
     * bean); null once there, else what stopped the voter.
     */
    Outcome review() {
        confirmation = null;
        String step = "ballot page";
        try {
            Page ballot = client.get("voting/ballot?cycle=" + cycleId);
            noteInstance(ballot);
            if (ballot.contains("id=\"alreadyVoted\"")) {
                return Outcome.ALREADY_VOTED;
            }
            Matcher checkbox = CHECKBOX.matcher(ballot.body());
            if (!isSignedInBallot(ballot) || !checkbox.find()) {
                return judge(step, ballot);
            }
            step = "confirmation";
            Page confirm = client.submit(ballot, "ballot", "review", Map.of(checkbox.group(1), "on"));
            noteInstance(confirm);
            if (!confirm.contains("id=\"ballot:confirm\"") || !SETTLEMENT.matcher(confirm.body()).find()) {
                return judge(step, confirm);
            }
            confirmation = confirm;
            return null;
        } catch (RuntimeException noAnswer) {
            return noAnswer(step, noAnswer);
        }
    }

    /** Casts the choice confirmed by {@link #review()}, with the declaration of residence. */
    Outcome cast() {
        try {
            Matcher settlement = SETTLEMENT.matcher(confirmation.body());
            settlement.find();
            Page thanks = client.submit(confirmation, "ballot", "cast", Map.of("ballot:settlementId", settlement.group(1),
                    "ballot:declared", "on"));
            noteInstance(thanks);
            Matcher code = RECEIPT.matcher(thanks.body());
            if (code.find()) {
                receipt = code.group(1);
                return Outcome.ACKNOWLEDGED;
            }
            return judge("casting", thanks);
        } catch (RuntimeException noAnswer) {
            return noAnswer("casting", noAnswer);
        }
    }

    private Outcome noAnswer(String step, RuntimeException failure) {
        problem = step + ": no answer (" + failure.getClass().getSimpleName() + ")";
        return Outcome.FAILED;
    }

    /** Why the last attempt failed, in a few words. */
    String problem() {
        return problem;
    }

    /** The page the resident's session shows now, to tell whether they are still signed in. */
    Page ballotPage() {
        Page ballot = client.get("voting/ballot?cycle=" + cycleId);
        noteInstance(ballot);
        return ballot;
    }

    /** Sends the next requests to this instance, as the balancer's stickiness cookie would. */
    void stickTo(String instanceName) {
        client.setCookie("UCHAST_NODE", instanceName);
    }

    Optional<String> receipt() {
        return Optional.ofNullable(receipt);
    }

    Rnokpp person() {
        return person;
    }

    /** The instance that served the voter's last answer. */
    String lastInstance() {
        return lastInstance;
    }

    /** A signed-in resident who has voted sees it; one who has not sees the ballot with a button to cast. */
    static boolean isSignedInBallot(Page page) {
        return page.status() == 200 && (page.contains("id=\"alreadyVoted\"")
                || page.contains("id=\"ballot\"") && !page.contains("howToVote"));
    }

    private Outcome judge(String step, Page page) {
        if (page.contains("Ви вже проголосували") || page.contains("id=\"alreadyVoted\"")) {
            return Outcome.ALREADY_VOTED;
        }
        if (page.contains("howToVote") || page.contains("signInToCast")) {
            return Outcome.SIGNED_OUT;
        }
        problem = step + ": " + page.status() + (page.contains("id=\"noReceipt\"") ? " thank-you page without the receipt" : "");
        return Outcome.FAILED;
    }

    private void noteInstance(Page page) {
        if (page.response() != null) {
            page.response().headers().firstValue(DataGrid.INSTANCE_HEADER).ifPresent(name -> lastInstance = name);
        }
    }
}

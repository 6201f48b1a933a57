package ua.uchast.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.community.control.Totp;
import ua.uchast.testsupport.HostileRecord;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.ResidentSignIn;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.voting.DemoVoting;

/**
 * Every page behind a sign-in × every caller (administrator, commission member, service-centre operator and platform
 * operator of the demo, a resident, nobody) × the own hromada's object and another's, over HTTP on the suite's
 * platform. The pages are found, not listed: every view under webapp/ that a security constraint of web.xml covers;
 * who may open it is read from those constraints. A new page with parameters fails here until {@link #QUERIES} says
 * how to open it with an object of the own hromada and of another (or {@link #LIST_PAGES} that they only narrow a
 * list) — so none can be forgotten. Expected: 200 for an allowed role with its own hromada's
 * object, 403 or 404 with another's; 403 for a role not allowed; the sign-in (or 403) for a caller of the other kind
 * (a resident on a staff page); the sign-in for nobody.
 */
class StaffPagesAccessMatrixIT {

    private static final String RESIDENT = "RESIDENT";
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    /** How each page that shows one object is opened: the own hromada's (Вишнева) object, then another's. */
    private static final Map<String, String[]> QUERIES = new LinkedHashMap<>();
    /** Pages whose parameters only narrow a list of the caller's own hromada: opened without them. */
    private static final Set<String> LIST_PAGES = Set.of("moderation/queue", "audit/admin/log",
            "implementation/staff/projects");
    private static final Map<String, WebClient> CALLERS = new LinkedHashMap<>();

    @BeforeAll
    static void signInEveryone() throws IOException {
        long voting = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        long closed = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "IMPLEMENTATION");
        long othersClosed = DemoVoting.cycleIn(CommunityDemo.KALYNIVKA, "RESULTS");
        long submission = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "SUBMISSION");
        long othersReview = DemoVoting.cycleIn(CommunityDemo.MYRNE, "REVIEW");
        QUERIES.put("cycle/admin/edit", new String[] {"?id=" + submission, "?id=" + othersClosed});
        QUERIES.put("tally/admin/tally", new String[] {"?id=" + closed, "?id=" + othersClosed});
        QUERIES.put("tally/admin/exclusions", new String[] {"?id=" + voting, "?id=" + othersClosed});
        QUERIES.put("tally/admin/export", new String[] {"?id=" + closed + "&category=" + firstCategory(closed),
                "?id=" + othersClosed + "&category=" + firstCategory(othersClosed)});
        QUERIES.put("moderation/review", new String[] {"?id=" + firstProject(submission), "?id=" + firstProject(othersReview)});
        QUERIES.put("voting/operator/paper", new String[] {"?cycle=" + voting, "?cycle=" + othersClosed});
        QUERIES.put("voting/staff/paper-form", new String[] {"?cycle=" + voting, "?cycle=" + othersClosed});
        QUERIES.put("voting/admin/signed-ballots", new String[] {"?cycle=" + closed, "?cycle=" + othersClosed});
        QUERIES.put("cycle/admin/draft", new String[] {"?id=" + submission, "?id=" + othersClosed});
        QUERIES.put("implementation/staff/project", new String[] {"?id=" + firstWinner(closed), "?id=" + firstWinner(othersClosed)});

        String url = TestServices.platformUrl();
        CALLERS.put("ADMINISTRATOR", staff(CommunityDemo.ADMINISTRATORS.get(0)));
        CALLERS.put("COMMISSION", staff(CommunityDemo.COMMISSION_MEMBER));
        CALLERS.put("OPERATOR", staff(CommunityDemo.OPERATOR));
        CALLERS.put("PLATFORM_OPERATOR", platformOperator());
        CALLERS.put(RESIDENT, ResidentSignIn.as(url, DemoVoting.newPerson()));
        CALLERS.put("nobody", new WebClient(url));
    }

    @Test
    void everyPageBehindASignInAnswersEveryCallerForOwnAndAnotherHromadaAsItMust() throws Exception {
        Map<String, Set<String>> pages = protectedPages();
        List<String> withoutQuery = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
            String path = page.getKey();
            String[] queries = QUERIES.getOrDefault(path, new String[] {""});
            if (queries.length == 1 && !LIST_PAGES.contains(path) && takesParameters(path)) {
                withoutQuery.add(path);
                continue;
            }
            boolean residentPage = page.getValue().contains(RESIDENT);
            for (Map.Entry<String, WebClient> caller : CALLERS.entrySet()) {
                for (int object = 0; object < queries.length; object++) {
                    cases++;
                    HttpResponse<String> answer = caller.getValue().getWithoutFollowing(path + queries[object]);
                    String problem = judge(answer, caller.getKey(), page.getValue(), residentPage, object == 0);
                    if (problem != null) {
                        Matcher title = TITLE.matcher(answer.body());
                        wrong.add(path + queries[object] + " as " + caller.getKey() + ": " + problem
                                + (title.find() ? " («" + title.group(1).strip() + "»)" : ""));
                    }
                }
            }
        }
        assertEquals(List.of(), withoutQuery, "pages that take parameters but have no query (or list-page entry) here");
        assertEquals(List.of(), wrong);
        assertTrue(pages.size() >= 20, "found only " + pages.keySet());
        HostileRecord.note(StaffPagesAccessMatrixIT.class, "requests: " + pages.size() + " pages behind a sign-in (found in "
                + "webapp/ and web.xml) × 6 callers × own/another hromada", cases, "each answered 200, 403/404 or the sign-in "
                + "as web.xml and the boundaries say");
    }

    /** Null when the answer is the one the caller must get, else what is wrong. */
    private static String judge(HttpResponse<String> answer, String caller, Set<String> roles, boolean residentPage,
            boolean own) {
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        boolean toSignIn = status == 302 && (residentPage ? location.startsWith(TestServices.identityProvider().issuer())
                : location.endsWith("/login"));
        boolean leaks = StackTraces.shownIn(answer.body());
        if (leaks) {
            return status + " with a stack trace";
        }
        if (caller.equals("nobody")) {
            return toSignIn ? null : status + " " + location + ", not the sign-in";
        }
        boolean otherKind = caller.equals(RESIDENT) != residentPage;
        if (otherKind) {
            return toSignIn || status == 403 ? null : status + " " + location + ", not 403 or the sign-in";
        }
        if (!roles.contains(caller)) {
            return status == 403 ? null : status + " " + location + ", not 403";
        }
        if (own) {
            return status == 200 ? null : status + " " + location + ", not 200";
        }
        return status == 403 || status == 404 ? null : status + " " + location + ", not 403 or 404 for another hromada's";
    }

    /** A page with view parameters shows one object (or narrows a list): it needs its entry here. */
    private static boolean takesParameters(String path) throws IOException {
        return Files.readString(webapp().resolve(path + ".xhtml")).contains("<f:viewParam");
    }

    /** Every view under webapp/ (not WEB-INF) a security constraint covers, with the roles the constraint allows. */
    static Map<String, Set<String>> protectedPages() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        Map<String, Set<String>> pages = new TreeMap<>();
        try (Stream<Path> views = Files.walk(webapp())) {
            for (Path view : views.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                String path = webapp().relativize(view).toString().replace('\\', '/').replaceAll("\\.xhtml$", "");
                if (path.startsWith("WEB-INF/")) {
                    continue;
                }
                constraintOf("/" + path, constraints).ifPresent(roles -> pages.put(path, roles));
            }
        }
        return pages;
    }

    /** The roles of the most specific url-pattern covering the path (exact, else the longest "/prefix/*"). */
    private static Optional<Set<String>> constraintOf(String path, Map<String, Set<String>> constraints) {
        if (constraints.containsKey(path)) {
            return Optional.of(constraints.get(path));
        }
        return constraints.keySet().stream().filter(pattern -> pattern.endsWith("/*"))
                .filter(pattern -> path.startsWith(pattern.substring(0, pattern.length() - 1)))
                .max((one, other) -> Integer.compare(one.length(), other.length())).map(constraints::get);
    }

    private static Map<String, Set<String>> constraints() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(webapp().resolve("WEB-INF/web.xml").toFile());
        Map<String, Set<String>> constraints = new LinkedHashMap<>();
        NodeList securityConstraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < securityConstraints.getLength(); i++) {
            Element constraint = (Element) securityConstraints.item(i);
            Set<String> roles = new TreeSet<>();
            NodeList roleNames = constraint.getElementsByTagName("role-name");
            for (int r = 0; r < roleNames.getLength(); r++) {
                roles.add(roleNames.item(r).getTextContent().strip());
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constraints.put(patterns.item(p).getTextContent().strip(), roles);
            }
        }
        return constraints;
    }

    private static Path webapp() {
        return TestServices.build().projectDir().resolve("webapp");
    }

    private static WebClient staff(String username) {
        WebClient client = new WebClient(TestServices.platformUrl());
        WebClient.Page desk = client.signIn(username, CommunityDemo.PASSWORD);
        assertEquals(200, desk.status(), desk.body());
        return client;
    }

    /** The demo's platform operator, who must set up a second factor first: done here, with a code computed like an app's. */
    private static WebClient platformOperator() {
        WebClient client = new WebClient(TestServices.platformUrl());
        WebClient.Page setup = client.signIn(CommunityDemo.PLATFORM_OPERATOR, CommunityDemo.PASSWORD);
        Matcher secret = Pattern.compile("id=\"totpSecret\">([^<]+)<").matcher(setup.body());
        assertTrue(secret.find(), "the second-factor set-up: " + setup.body());
        String code = Totp.code(secret.group(1).replace(" ", ""), Totp.stepAt(Instant.now()));
        WebClient.Page done = client.submit(setup, "setupForm", "confirm", Map.of("setupForm:code", code));
        assertTrue(done.contains("recoveryCodes"), done.body());
        return client;
    }

    private static long firstCategory(long cycleId) {
        return PlatformDatabase.count("SELECT MIN(id) FROM budget_category WHERE cycle_id = ?", cycleId);
    }

    private static long firstWinner(long cycleId) {
        return PlatformDatabase.count("SELECT MIN(id) FROM project WHERE cycle_id = ? AND status = 'WINNER'", cycleId);
    }

    private static long firstProject(long cycleId) {
        return PlatformDatabase.count("SELECT MIN(id) FROM project WHERE cycle_id = ? AND status <> 'DRAFT'", cycleId);
    }
}

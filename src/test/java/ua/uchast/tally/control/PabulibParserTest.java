package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ua.uchast.platform.control.UiText;
import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

class PabulibParserTest {

    /** Lines 1-18; line 11 has a quoted name with a separator and an escaped quote. */
    static final String VALID = String.join("\n",
            "META",
            "key;value",
            "description;Test",
            "num_projects;3",
            "num_votes;3",
            "budget;100",
            "vote_type;approval",
            "rule;greedy",
            "PROJECTS",
            "project_id;cost;votes;name;selected",
            "a;50;2;\"Park; \"\"Green\"\"\";1",
            "b;40;1;Library;1",
            "c;30;1;Road;0",
            "VOTES",
            "voter_id;vote",
            "v1;a,b",
            "v2;a",
            "v3;c") + "\n";

    @Test
    void readsSectionsGroupsBallotsAndUnquotesFields() throws Exception {
        PbElection election = parse(VALID.replace("v3;c", "v3;a"));

        assertEquals(100, election.budget());
        assertEquals(VoteType.APPROVAL, election.voteType());
        assertEquals("Park; \"Green\"", election.projects().get(0).name());
        assertEquals(List.of(new Ballot(List.of("a", "b"), List.of(), 1), new Ballot(List.of("a"), List.of(), 2)),
                election.ballots());
        assertEquals(3, election.voterCount());
    }

    @Test
    void acceptsByteOrderMarkMixedLineEndingsAndBlankLines() throws Exception {
        String[] lines = VALID.split("\n");
        StringBuilder text = new StringBuilder("\uFEFF");
        String[] endings = {"\r\n", "\n", "\r", "\r\n\r\n"};
        for (int i = 0; i < lines.length; i++) {
            text.append(lines[i]).append(endings[i % endings.length]);
        }

        assertEquals(parse(VALID), parse(text.toString()));
    }

    @Test
    void readsCumulativeAndOrdinalPoints() throws Exception {
        String cumulative = VALID.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote", "voter_id;vote;points").replace("v1;a,b", "v1;a,b;2,1")
                .replace("v2;a", "v2;a;3").replace("v3;c", "v3;c;3");
        assertEquals(new Ballot(List.of("a", "b"), List.of(2L, 1L), 1), parse(cumulative).ballots().get(0));

        String ordinal = VALID.replace("vote_type;approval", "vote_type;ordinal").replace("rule;greedy",
                "max_length;3");
        assertEquals(new Ballot(List.of("a", "b"), List.of(3L, 2L), 1), parse(ordinal).ballots().get(0));
    }

    @Test
    void missingSection() {
        String withoutVotes = VALID.substring(0, VALID.indexOf("VOTES"));
        assertError(withoutVotes, 13, NoticeCode.SECTION_MISSING, "Line 13: the file ends without a VOTES section.");
        assertError(VALID.replace("PROJECTS\n", ""), 9, NoticeCode.META_FIELD_COUNT, "is the PROJECTS line missing?");
        String withoutProjects = VALID.substring(0, VALID.indexOf("PROJECTS")) + VALID.substring(VALID.indexOf("VOTES"));
        assertError(withoutProjects, 9, NoticeCode.SECTION_OUT_OF_ORDER, "section VOTES where PROJECTS was expected");
        assertError(VALID.replace("META\n", ""), 1, NoticeCode.TEXT_BEFORE_META, "must start with the META section");
        assertError(VALID + "META\n", 19, NoticeCode.SECTION_AFTER_VOTES, "section META after VOTES");
    }

    @Test
    void countsMustAgreeWithTheData() {
        assertError(VALID.replace("num_votes;3", "num_votes;4"), 5, NoticeCode.COUNT_MISMATCH,
                "META num_votes is 4, but the file has 3.");
        assertError(VALID.replace("num_projects;3", "num_projects;2"), 4, NoticeCode.COUNT_MISMATCH,
                "META num_projects is 2, but the file has 3.");
    }

    @Test
    void wholeNumbersWrittenAsFloatsAreRead() throws Exception {
        PbElection election = parse(VALID.replace("num_votes;3", "num_votes;3.0").replace("rule;greedy",
                "rule;greedy-threshold\nmin_project_score_threshold;2.0\nmax_length;2.00"));

        assertEquals(3, election.voterCount());
        assertEquals(2, election.minProjectScoreThreshold().orElseThrow());
    }

    @Test
    void unknownProjectInAVote() {
        assertError(VALID.replace("v2;a", "v2;a,zz"), 17, NoticeCode.UNKNOWN_PROJECT_IN_VOTE,
                "Line 17: the vote names project “zz”, which is not in PROJECTS.");
    }

    @Test
    void duplicateVoterAndDuplicateProject() {
        assertError(VALID.replace("v3;c", "v1;c"), 18, NoticeCode.VOTER_TWICE, "voter v1 voted twice (first on line 16)");
        assertError(VALID.replace("c;30;1;Road;0", "b;30;1;Road;0"), 13, NoticeCode.PROJECT_TWICE,
                "project b is listed twice");
    }

    @Test
    void badNumbers() {
        assertError(VALID.replace("b;40;", "b;4O;"), 12, NoticeCode.NOT_AN_AMOUNT,
                "Line 12: cost must be an amount such as 500000 or 1331751.11, found “4O”.");
        assertError(VALID.replace("budget;100", "budget;1e6"), 6, NoticeCode.NOT_AN_AMOUNT, "budget must be an amount");
        assertError(VALID.replace("budget;100", "budget;-100"), 6, NoticeCode.NOT_AN_AMOUNT, "budget must be an amount");
        assertError(VALID.replace("budget;100", "budget;100,50"), 6, NoticeCode.NOT_AN_AMOUNT, "found “100,50”");
        assertError(VALID.replace("budget;100", "budget;100."), 6, NoticeCode.NOT_AN_AMOUNT, "found “100.”");
        String cumulative = VALID.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote", "voter_id;vote;points").replace("v1;a,b", "v1;a,b;2,x")
                .replace("v2;a", "v2;a;3").replace("v3;c", "v3;c;3");
        assertError(cumulative, 16, NoticeCode.NOT_A_WHOLE_NUMBER, "points must be a whole non-negative number");
        assertError(cumulative.replace("v1;a,b;2,x", "v1;a,b;2"), 16, NoticeCode.POINTS_COUNT,
                "the vote names 2 projects but gives 1 points");
        String huge = "999999999999999999";
        assertError(cumulative.replace("v1;a,b;2,x", "v1;" + "a,".repeat(9) + "a;" + (huge + ",").repeat(9) + huge),
                16, NoticeCode.POINTS_TOO_LARGE, "the points for a,a,a");
        StringBuilder manyVoters = new StringBuilder(cumulative.substring(0, cumulative.indexOf("v1;"))
                .replace("num_votes;3", "num_votes;10"));
        for (int voter = 1; voter <= 10; voter++) {
            manyVoters.append("v").append(voter).append(";a;").append(huge).append('\n');
        }
        assertError(manyVoters.toString(), 25, NoticeCode.POINTS_TOO_LARGE, "the points for a add up");
    }

    @Test
    void decimalAmountsAreReadExactlyAtTheFinestScaleTheFileUses() throws Exception {
        PbElection election = parse(VALID.replace("budget;100", "budget;1331751.11").replace("a;50;", "a;500000.00;")
                .replace("b;40;", "b;0.5;"));

        assertEquals(2, election.amountScale());
        assertEquals(133_175_111, election.budget());
        assertEquals(List.of(50_000_000L, 50L, 3_000L), election.projects().stream().map(TallyProject::cost).toList());
        assertEquals(new BigDecimal("1331751.11"), election.exactAmount(election.budget()));

        assertEquals(0, parse(VALID.replace("budget;100", "budget;100.00")).amountScale(), "trailing zeros are no grosze");
        assertError(VALID.replace("b;40;", "b;0.0000001;"), 12, NoticeCode.TOO_MANY_DECIMALS,
                "the cost 0.0000001 has more than 6 decimal places");
        assertError(VALID.replace("budget;100", "budget;999999999999999999.5"), 6, NoticeCode.AMOUNT_TOO_LARGE,
                "the budget 999999999999999999.5 is too large");
    }

    @Test
    void anApprovalVoteNamingAProjectTwiceCountsItOnceWithAWarningNamingTheLine() throws Exception {
        PbElection election = parse(VALID.replace("v2;a", "v2;a,a").replace("v1;a,b", "v1;a,b,a,b"));

        assertEquals(List.of(new Ballot(List.of("a", "b"), List.of(), 1), new Ballot(List.of("a"), List.of(), 1),
                new Ballot(List.of("c"), List.of(), 1)), election.ballots());
        assertEquals(List.of(Notice.atLine(16, NoticeCode.REPEATED_CHOICE_APPROVAL, "a, b"),
                Notice.atLine(17, NoticeCode.REPEATED_CHOICE_APPROVAL, "a")), election.notices());
        assertEquals("Line 17: the vote names a more than once; it is counted once (a vote for a project is one vote, "
                + "however often it is written).", english(election.notices().get(1)));
    }

    @Test
    void repeatedChoicesOfRankingsAndPointsCountTheWayEachBallotMeans() throws Exception {
        String ordinal = VALID.replace("vote_type;approval", "vote_type;ordinal").replace("rule;greedy", "max_length;3")
                .replace("v1;a,b", "v1;a,a,b");
        assertEquals(new Ballot(List.of("a", "b"), List.of(3L, 2L), 1), parse(ordinal).ballots().get(0));
        assertEquals(NoticeCode.REPEATED_CHOICE_ORDINAL, parse(ordinal).notices().get(0).code());

        String points = VALID.replace("voter_id;vote", "voter_id;vote;points").replace("v1;a,b", "v1;a,b,a;2,1,4")
                .replace("v2;a", "v2;a;3").replace("v3;c", "v3;c;3");
        PbElection cumulative = parse(points.replace("vote_type;approval", "vote_type;cumulative"));
        assertEquals(new Ballot(List.of("a", "b"), List.of(6L, 1L), 1), cumulative.ballots().get(0), "points added");
        assertEquals(NoticeCode.REPEATED_CHOICE_CUMULATIVE, cumulative.notices().get(0).code());
        PbElection scoring = parse(points.replace("vote_type;approval", "vote_type;scoring"));
        assertEquals(new Ballot(List.of("a", "b"), List.of(2L, 1L), 1), scoring.ballots().get(0), "first score");
        assertEquals(NoticeCode.REPEATED_CHOICE_SCORING, scoring.notices().get(0).code());

        String chooseOne = VALID.replace("vote_type;approval", "vote_type;choose-1").replace("v1;a,b", "v1;b,b");
        assertEquals(new Ballot(List.of("b"), List.of(), 1), parse(chooseOne).ballots().get(0));
    }

    @Test
    void warningsOfOneKindAreListedUpToALimitThenCounted() throws Exception {
        StringBuilder votes = new StringBuilder();
        int voters = PabulibParser.WARNINGS_PER_CODE + 5;
        for (int voter = 1; voter <= voters; voter++) {
            votes.append("v").append(voter).append(";a,a\n");
        }
        String text = VALID.substring(0, VALID.indexOf("v1;a,b")).replace("num_votes;3", "num_votes;" + voters) + votes;

        List<Notice> notices = parse(text).notices();

        assertEquals(PabulibParser.WARNINGS_PER_CODE + 1, notices.size());
        assertEquals(Notice.of(NoticeCode.MORE_LIKE_THIS, "5"), notices.get(notices.size() - 1));
    }

    @Test
    void malformedLines() {
        assertError(VALID.replace("b;40;1;Library;1", "b;40;1;\"Library;1"), 12, NoticeCode.UNCLOSED_QUOTE,
                "quoted field is not closed");
        assertError(VALID.replace("b;40;1;Library;1", "b;40;1;Library;1;extra"), 12, NoticeCode.FIELD_COUNT,
                "Line 12 has 6 fields, but the PROJECTS header has 5.");
        assertError(VALID.replace("vote_type;approval", "vote_type;plurality"), 7, NoticeCode.UNKNOWN_VOTE_TYPE,
                "unknown vote_type “plurality”");
        assertError(VALID.replace("budget;100\n", ""), 8, NoticeCode.META_MISSING, "META has no “budget”");
        assertError(VALID.replace("vote_type;approval", "vote_type;cumulative"), 15, NoticeCode.POINTS_COLUMN_MISSING,
                "cumulative ballots need a “points” column");
        assertError(VALID.replace("voter_id;vote", "voter;vote"), 15, NoticeCode.COLUMN_MISSING,
                "the VOTES header has no “voter_id” column");
        assertError(VALID.replace("Library", "L".repeat(PabulibLineReader.MAX_LINE_CHARS)), 12, NoticeCode.LINE_TOO_LONG,
                "Line 12 is longer than");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = VALID.replace("Library", "Libr\u0000ry").getBytes(StandardCharsets.UTF_8);
        int zero = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0000');
        bytes[zero] = (byte) 0xC3; // a lead byte followed by 'r' is not UTF-8
        PabulibFormatException error = assertThrows(PabulibFormatException.class,
                () -> new PabulibParser().parse(new ByteArrayInputStream(bytes)));
        assertEquals(NoticeCode.NOT_UTF8, error.code());
        assertTrue(english(error.notice()).contains("not valid UTF-8"), english(error.notice()));
    }

    static PbElection parse(String text) throws Exception {
        return new PabulibParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The refusal names the line and the code, and its English message says what is wrong. */
    private static void assertError(String text, int line, NoticeCode code, String fragment) {
        PabulibFormatException error = assertThrows(PabulibFormatException.class, () -> parse(text));
        assertEquals(line, error.lineNumber(), error.getMessage());
        assertEquals(code, error.code(), error.getMessage());
        assertTrue(english(error.notice()).contains(fragment), english(error.notice()));
    }

    static String english(Notice notice) {
        return UiText.format(Locale.ENGLISH, notice.messageKey(), notice.messageArguments());
    }
}

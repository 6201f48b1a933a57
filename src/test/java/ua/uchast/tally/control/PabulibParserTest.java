package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
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
        assertError(withoutVotes, 13, "without a VOTES section");
        assertError(VALID.replace("PROJECTS\n", ""), 9, "is the PROJECTS line missing?");
        String withoutProjects = VALID.substring(0, VALID.indexOf("PROJECTS")) + VALID.substring(VALID.indexOf("VOTES"));
        assertError(withoutProjects, 9, "VOTES found where PROJECTS");
        assertError(VALID.replace("META\n", ""), 1, "expected the META section first");
    }

    @Test
    void countsMustAgreeWithTheData() {
        assertError(VALID.replace("num_votes;3", "num_votes;4"), 5, "num_votes is 4 but VOTES has 3");
        assertError(VALID.replace("num_projects;3", "num_projects;2"), 4, "num_projects is 2 but PROJECTS lists 3");
    }

    @Test
    void unknownProjectInAVote() {
        assertError(VALID.replace("v2;a", "v2;a,zz"), 17, "'zz', which is not in PROJECTS");
    }

    @Test
    void duplicateVoterAndDuplicateProject() {
        assertError(VALID.replace("v3;c", "v1;c"), 18, "voter v1 voted twice (first on line 16)");
        assertError(VALID.replace("c;30;1;Road;0", "b;30;1;Road;0"), 13, "project b is listed twice");
        assertError(VALID.replace("v2;a", "v2;a,a"), 17, "names project a twice");
    }

    @Test
    void badNumbers() {
        assertError(VALID.replace("b;40;", "b;4O;"), 12, "cost of project b must be a whole non-negative number");
        assertError(VALID.replace("budget;100", "budget;1e6"), 6, "budget must be a whole");
        assertError(VALID.replace("budget;100", "budget;-100"), 6, "budget must be a whole");
        String cumulative = VALID.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote", "voter_id;vote;points").replace("v1;a,b", "v1;a,b;2,x")
                .replace("v2;a", "v2;a;3").replace("v3;c", "v3;c;3");
        assertError(cumulative, 16, "points must be a whole");
        assertError(cumulative.replace("v1;a,b;2,x", "v1;a,b;2"), 16, "names 2 projects but points has 1");
    }

    @Test
    void malformedLines() {
        assertError(VALID.replace("b;40;1;Library;1", "b;40;1;\"Library;1"), 12, "quoted field is not closed");
        assertError(VALID.replace("b;40;1;Library;1", "b;40;1;Library;1;extra"), 12, "has 6 fields");
        assertError(VALID.replace("vote_type;approval", "vote_type;plurality"), 7, "unknown vote_type");
        assertError(VALID.replace("budget;100\n", ""), 8, "META has no 'budget'");
        assertError(VALID.replace("vote_type;approval", "vote_type;cumulative"), 15, "need a 'points' column");
        assertError(VALID.replace("voter_id;vote", "voter;vote"), 15, "no 'voter_id' column");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = VALID.replace("Library", "Libr\u0000ry").getBytes(StandardCharsets.UTF_8);
        int zero = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0000');
        bytes[zero] = (byte) 0xC3; // a lead byte followed by 'r' is not UTF-8
        PabulibFormatException error = assertThrows(PabulibFormatException.class,
                () -> new PabulibParser().parse(new ByteArrayInputStream(bytes)));
        assertTrue(error.getMessage().contains("not valid UTF-8"), error.getMessage());
    }

    static PbElection parse(String text) throws Exception {
        return new PabulibParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertError(String text, int line, String fragment) {
        PabulibFormatException error = assertThrows(PabulibFormatException.class, () -> parse(text));
        assertEquals(line, error.lineNumber(), error.getMessage());
        assertTrue(error.problem().contains(fragment), error.getMessage());
        assertTrue(error.getMessage().startsWith("line " + line + ": "), error.getMessage());
    }
}

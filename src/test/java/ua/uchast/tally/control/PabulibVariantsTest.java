package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TieOrderRule;

/** The four real elections of shared/pabulib-variants, each using one thing the format allows, give their winners. */
class PabulibVariantsTest {

    static List<Path> variants() {
        return PabulibFiles.variants();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void officialWinnersFromVotesAlone(Path file) {
        PbElection election = PabulibFiles.parse(file);
        PublishedRule.Reading rule = PublishedRule.read(election, election.ruleName().orElseThrow());

        TallyResult result = new Tallying().tally(election, new TallyOptions(rule.rule(), TieOrderRule.FILE_ORDER, false,
                rule.exclusions()));

        assertEquals(PabulibFiles.officialWinners(election), result.winners(), file.getFileName().toString());
    }

    @Test
    void krakowsBudgetWithGroszeIsReadExactly() {
        PbElection bienczyce = PabulibFiles.parse(PabulibFiles.variant("Poland_Krakow_2023"));

        assertEquals(2, bienczyce.amountScale());
        assertEquals(new BigDecimal("1331751.11"), bienczyce.exactAmount(bienczyce.budget()));
        assertEquals("PLN", bienczyce.currency());
    }

    @Test
    void brodnosVoteNamingAProjectTwiceCountsItOnceWithAWarning() {
        PbElection brodno = PabulibFiles.parse(PabulibFiles.variant("Poland_Warszawa_2026_Brodno"));

        assertEquals(1, brodno.notices().size());
        assertEquals(NoticeCode.REPEATED_CHOICE_APPROVAL, brodno.notices().get(0).code());
        assertTrue(brodno.notices().get(0).line() > 50, "the line of the vote: " + brodno.notices().get(0));
    }

    @Test
    void poznansCustomRuleIsTheEightyPercentRule() {
        PbElection poznan = PabulibFiles.parse(PabulibFiles.variant("Poland_Poznan"));
        PublishedRule.Reading rule = PublishedRule.read(poznan, "greedy-custom");

        assertEquals(CountingRule.GREEDY_NO_SKIP_80, rule.rule());
        assertEquals(NoticeCode.CUSTOM_RULE_READ, rule.notices().get(0).code());
        TallyResult result = new Tallying().tally(poznan, rule.rule(), TieOrderRule.FILE_ORDER);
        assertEquals(List.of("X.3", "X.5"), result.winners());
        assertEquals(Outcome.DID_NOT_FIT, result.outcomeOf("X.6").orElseThrow().outcome(), "124 000 left is under 80%");
        assertEquals(Outcome.STOPPED, result.outcomeOf("X.7").orElseThrow().outcome());
    }

    @Test
    void bemowosExclusiveRuleIsCountedAsGreedyWithAWarning() {
        PbElection bemowo = PabulibFiles.parse(PabulibFiles.variant("Poland_Warszawa_2024_Bemowo"));
        PublishedRule.Reading rule = PublishedRule.read(bemowo, "greedy-exclusive");

        assertEquals(CountingRule.GREEDY, rule.rule());
        assertEquals(List.of(NoticeCode.EXCLUSIONS_NOT_IN_DATA), rule.notices().stream().map(notice -> notice.code())
                .toList());
    }
}

package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.cycle.entity.TieBreak;
import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieCriterion;
import ua.uchast.tally.entity.TallyResult;

/** A cycle's tie-break reaches the engine: Warszawa 2022 Praga-Północ has a real tie at 554 votes (24 and 930). */
class RuleTranslationTest {

    private static TallyResult tallyUnder(Consumer<CyclePlan> rules) throws Exception {
        PbElection praga = new PabulibParser().parse(PabulibFiles.named("Poland_Warszawa_2022_Praga"));
        CyclePlan plan = CyclePlans.valid(2022, LocalDate.of(2022, 1, 10));
        rules.accept(plan);
        BudgetCycle cycle = BudgetCycle.plan(1L, plan, LocalDateTime.of(2022, 1, 1, 0, 0));
        RuleTranslation.TallyInput input = RuleTranslation.forCycle(praga, praga.budget(), cycle.rules(),
                List.of());
        return new Tallying().tally(input.election(), input.options());
    }

    private static Tie tieOf(TallyResult result, String projectId) {
        return result.ties().stream().filter(tie -> tie.projectIds().contains(projectId)).findFirst().orElseThrow();
    }

    @Test
    void cheaperFirstReproducesTheOfficialResult() throws Exception {
        TallyResult result = tallyUnder(plan -> plan.setTieBreak(TieBreak.LOWER_COST_THEN_EARLIER));
        assertTrue(result.winners().contains("24"));
        assertEquals(List.of(TieCriterion.LOWER_COST), tieOf(result, "24").decidedBy());
    }

    @Test
    void aPublishedLotDecidesTiesFromItsNumberTheSameWayEveryTime() throws Exception {
        Consumer<CyclePlan> lot = plan -> {
            plan.setTieBreak(TieBreak.PUBLISHED_LOT);
            plan.setLotSeed("2022-05-01 lottery 7 11 19 23 31 40");
        };
        TallyResult first = tallyUnder(lot);
        assertEquals(List.of(TieCriterion.RANDOM_SEED), tieOf(first, "24").decidedBy());
        assertEquals(first.winners(), tallyUnder(lot).winners(), "anyone re-running the tally gets the same winners");
    }
}

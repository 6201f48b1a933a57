package ua.uchast.voting.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterIdentification;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.entity.Money;
import ua.uchast.voting.entity.BallotForm;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.ReceiptCode;
import ua.uchast.voting.entity.VoterRegistration;

/**
 * Demo ballots in every demo cycle whose voting has opened: a few hundred generated voters of all ages, through all
 * three channels, spread over the voting days, each choosing within the ballot's rules — some projects are much
 * more popular than others, so the tally has something to decide. Generated with a fixed seed: the same demo every time.
 */
@ApplicationScoped
public class VotingDemo {

    /** Voters of a closed cycle (a third of them while voting runs); below 1 000, so each gets a serial of their own. */
    private static final int VOTERS = 420;

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;
    @Inject
    BallotForms forms;
    @Inject
    VoterIdentification voters;
    @Inject
    VotingRecords records;
    @Inject
    ReceiptKeys receipts;

    void load(@Observes @Priority(DemoDataRequested.VOTING) DemoDataRequested request) {
        for (Hromada hromada : hromadas.all()) {
            for (BudgetCycle cycle : cycles.ofHromada(hromada.id())) {
                if (cycles.phaseOf(cycle).compareTo(Phase.VOTING) >= 0) {
                    castBallots(hromada, cycle, request.today());
                }
            }
        }
    }

    private void castBallots(Hromada hromada, BudgetCycle cycle, LocalDate today) {
        BallotForm form = forms.of(cycle);
        if (form.isEmpty()) {
            return;
        }
        Random random = new Random(cycle.id());
        List<Territory> settlements = hromada.territories().stream().filter(t -> t.kind() == TerritoryKind.SETTLEMENT).toList();
        LocalDate first = cycle.phases().votingStart();
        LocalDate last = cycle.phases().votingEnd().isBefore(today) ? cycle.phases().votingEnd() : today;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        int count = cycles.phaseOf(cycle) == Phase.VOTING ? VOTERS / 3 : VOTERS;
        for (int i = 0; i < count; i++) {
            LocalDate castOn = first.plusDays(random.nextInt((int) days));
            int age = cycle.rules().minVoterAge() + (int) Math.min(70, Math.abs(random.nextGaussian() * 22));
            Rnokpp.Gender gender = random.nextBoolean() ? Rnokpp.Gender.FEMALE : Rnokpp.Gender.MALE;
            LocalDate birthDate = castOn.minusYears(age).minusDays(random.nextInt(360));
            Rnokpp number = Rnokpp.compose(birthDate, gender, i);
            Voter voter = voters.ofDocuments(number.value(), birthDate);
            int channelDraw = random.nextInt(100);
            Channel channel = channelDraw < 68 ? Channel.PROVIDER : channelDraw < 84 ? Channel.SIGNATURE : Channel.PAPER;
            Long territory = settlements.isEmpty() ? null : settlements.get(random.nextInt(settlements.size())).id();
            Caster caster = channel == Channel.PAPER
                    ? Caster.onPaper(cycle.id(), voter.personKey(), voter.birthDate(), voter.gender(), territory, null, castOn)
                    : Caster.online(cycle.id(), voter.personKey(), voter.birthDate(), voter.gender(), territory);
            LocalDateTime castAt = castOn.atTime(7 + random.nextInt(14), random.nextInt(60));
            records.register(new VoterRegistration(caster, channel, castAt, castOn, null));
            records.add(new CastBallot(cycle.id(), channel, choicesOf(form, random), receipts.hashOf(ReceiptCode.random())));
        }
    }

    /** A plausible choice: in each category, popular projects (the first ones) more often than the rest, within the rule. */
    static Choices choicesOf(BallotForm form, Random random) {
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        for (BallotForm.Category category : form.categories()) {
            if (category.projects().isEmpty() || random.nextInt(10) == 0) {
                continue;
            }
            SortedSet<Long> picked = new TreeSet<>();
            Money spent = Money.ZERO;
            int wanted = category.style() == VotingStyle.UP_TO_K ? 1 + random.nextInt(category.maxChoices()) : 1 + random.nextInt(3);
            for (int attempt = 0; attempt < 12 && picked.size() < wanted; attempt++) {
                int index = (int) Math.min(category.projects().size() - 1, Math.abs(random.nextGaussian()) * category.projects().size() / 2.5);
                BallotForm.Entry entry = category.projects().get(index);
                boolean fits = category.style() == VotingStyle.UP_TO_K || !spent.plus(entry.cost()).isGreaterThan(category.budget());
                if (fits && picked.add(entry.projectId())) {
                    spent = spent.plus(entry.cost());
                }
            }
            chosen.put(category.id(), new ArrayList<>(picked));
        }
        if (chosen.values().stream().allMatch(List::isEmpty)) {
            BallotForm.Category first = form.categories().stream().filter(c -> !c.projects().isEmpty()).findFirst().orElseThrow();
            chosen.put(first.id(), List.of(first.projects().get(0).projectId()));
        }
        return form.check(Choices.of(chosen));
    }
}

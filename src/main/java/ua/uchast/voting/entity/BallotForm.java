package ua.uchast.voting.entity;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Violations;

/**
 * What a cycle's ballot offers: each category with its rule (up to K projects, or any set within the category's budget)
 * and its accepted projects with their ballot numbers and costs. It decides whether a choice may be cast.
 */
public record BallotForm(Long cycleId, List<Category> categories) {

    public record Category(Long id, String name, VotingStyle style, int maxChoices, Money budget, List<Entry> projects) {

        public Optional<Entry> project(Long projectId) {
            return projects.stream().filter(entry -> entry.projectId().equals(projectId)).findFirst();
        }

        public Optional<Entry> numbered(int number) {
            return projects.stream().filter(entry -> entry.number() == number).findFirst();
        }

        public Money costOf(SortedSet<Long> projectIds) {
            return projects.stream().filter(entry -> projectIds.contains(entry.projectId())).map(Entry::cost)
                    .reduce(Money.ZERO, Money::plus);
        }
    }

    /** A project on the ballot: its short number in its category, as printed on the paper form. */
    public record Entry(Long projectId, int number, String title, Money cost) {
    }

    public BallotForm {
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(Long categoryId) {
        return categories.stream().filter(category -> category.id().equals(categoryId)).findFirst();
    }

    /**
     * Refuses a choice that is empty, names a category or project not on this ballot, or breaks a category's rule, with a
     * message naming each category at fault (the ballot is one question, so the messages are about it as a whole);
     * a category left empty is fine.
     */
    public Choices check(Choices choices) {
        if (choices.isEmpty()) {
            throw new InvalidInputException(FieldViolation.general("voting.emptyBallot"));
        }
        Violations violations = new Violations();
        choices.byCategory().forEach((categoryId, projectIds) -> {
            Optional<Category> found = category(categoryId);
            if (found.isEmpty()) {
                violations.add(null, "voting.unknownCategory");
                return;
            }
            Category category = found.get();
            if (projectIds.stream().anyMatch(projectId -> category.project(projectId).isEmpty())) {
                violations.add(null, "voting.notOnBallot", category.name());
            } else if (category.style() == VotingStyle.UP_TO_K) {
                violations.require(projectIds.size() <= category.maxChoices(), null, "voting.tooMany", category.maxChoices(),
                        category.name());
            } else {
                Money total = category.costOf(projectIds);
                violations.require(!total.isGreaterThan(category.budget()), null, "voting.overBudget", total.hryvnias(),
                        category.budget().hryvnias(), category.name());
            }
        });
        violations.throwIfAny();
        return choices;
    }

    public boolean isEmpty() {
        return categories.stream().allMatch(category -> category.projects().isEmpty());
    }
}

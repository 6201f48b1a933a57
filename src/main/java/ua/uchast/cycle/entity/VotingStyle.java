package ua.uchast.cycle.entity;

/** How a voter may choose within a category; set in the cycle and frozen with the rules. */
public enum VotingStyle {
    /** Up to the category's number of choices ({@code maxChoices}). */
    UP_TO_K,
    /** Any set of projects whose total cost fits the category's budget (knapsack voting). */
    WITHIN_BUDGET
}

package ua.uchast.cycle.entity;

import java.time.LocalDate;

import ua.uchast.cycle.control.CycleDemo;

/** A plan that passes every check (the demo's typical cycle); tests spoil one thing at a time. */
public final class CyclePlans {

    /** Days after the start of proposals on which voting opens and closes. */
    public static final int VOTING_OPENS = 57;
    public static final int VOTING_CLOSES = 70;

    private CyclePlans() {
    }

    public static CyclePlan valid(int year, LocalDate submissionStart) {
        return CycleDemo.typicalPlan(year, submissionStart);
    }
}

package ua.uchast.cycle.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an administrator enters for a cycle, as entered: nothing here is trusted until
 * {@link BudgetCycle} has checked it. Money in whole hryvnias.
 */
public class CyclePlan implements Serializable {

    private String title;
    private Integer year;
    private Long totalBudget;
    private LocalDate submissionStart;
    private LocalDate submissionEnd;
    private LocalDate reviewEnd;
    private LocalDate votingStart;
    private LocalDate votingEnd;
    private LocalDate resultsDate;
    private LocalDate implementationStart;
    private Integer minVoterAge = 16;
    private ResidencyPolicy residencyPolicy = ResidencyPolicy.ADDRESS_IN_SETTLEMENTS;
    private Integer supportersThreshold;
    private Integer minVotesToWin;
    private TallyRule tallyRule = TallyRule.GREEDY;
    private TieBreak tieBreak = TieBreak.LOWER_COST_THEN_EARLIER;
    private String lotSeed;
    private boolean liveCounts;
    private HistoricRecord historic;
    private List<CategoryPlan> categories = new ArrayList<>();

    public CyclePlan addCategory(CategoryPlan category) {
        categories.add(category);
        return this;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(Long totalBudget) {
        this.totalBudget = totalBudget;
    }

    public LocalDate getSubmissionStart() {
        return submissionStart;
    }

    public void setSubmissionStart(LocalDate submissionStart) {
        this.submissionStart = submissionStart;
    }

    public LocalDate getSubmissionEnd() {
        return submissionEnd;
    }

    public void setSubmissionEnd(LocalDate submissionEnd) {
        this.submissionEnd = submissionEnd;
    }

    public LocalDate getReviewEnd() {
        return reviewEnd;
    }

    public void setReviewEnd(LocalDate reviewEnd) {
        this.reviewEnd = reviewEnd;
    }

    public LocalDate getVotingStart() {
        return votingStart;
    }

    public void setVotingStart(LocalDate votingStart) {
        this.votingStart = votingStart;
    }

    public LocalDate getVotingEnd() {
        return votingEnd;
    }

    public void setVotingEnd(LocalDate votingEnd) {
        this.votingEnd = votingEnd;
    }

    public LocalDate getResultsDate() {
        return resultsDate;
    }

    public void setResultsDate(LocalDate resultsDate) {
        this.resultsDate = resultsDate;
    }

    public LocalDate getImplementationStart() {
        return implementationStart;
    }

    public void setImplementationStart(LocalDate implementationStart) {
        this.implementationStart = implementationStart;
    }

    public Integer getMinVoterAge() {
        return minVoterAge;
    }

    public void setMinVoterAge(Integer minVoterAge) {
        this.minVoterAge = minVoterAge;
    }

    public ResidencyPolicy getResidencyPolicy() {
        return residencyPolicy;
    }

    public void setResidencyPolicy(ResidencyPolicy residencyPolicy) {
        this.residencyPolicy = residencyPolicy;
    }

    public Integer getSupportersThreshold() {
        return supportersThreshold;
    }

    public void setSupportersThreshold(Integer supportersThreshold) {
        this.supportersThreshold = supportersThreshold;
    }

    public Integer getMinVotesToWin() {
        return minVotesToWin;
    }

    public void setMinVotesToWin(Integer minVotesToWin) {
        this.minVotesToWin = minVotesToWin;
    }

    public TallyRule getTallyRule() {
        return tallyRule;
    }

    public void setTallyRule(TallyRule tallyRule) {
        this.tallyRule = tallyRule;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(TieBreak tieBreak) {
        this.tieBreak = tieBreak;
    }

    public String getLotSeed() {
        return lotSeed;
    }

    public void setLotSeed(String lotSeed) {
        this.lotSeed = lotSeed;
    }

    public boolean isLiveCounts() {
        return liveCounts;
    }

    public void setLiveCounts(boolean liveCounts) {
        this.liveCounts = liveCounts;
    }

    public List<CategoryPlan> getCategories() {
        return categories;
    }

    public void setCategories(List<CategoryPlan> categories) {
        this.categories = categories;
    }

    /** Set only when the cycle records an election imported from a file; never from a form. */
    public HistoricRecord getHistoric() {
        return historic;
    }

    public void setHistoric(HistoricRecord historic) {
        this.historic = historic;
    }
}

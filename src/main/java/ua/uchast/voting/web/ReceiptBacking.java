package ua.uchast.voting.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.voting.boundary.BallotFiles;
import ua.uchast.voting.boundary.ReceiptView;

/**
 * /voting/receipt: anyone types a receipt code and sees the ballot in the box — what it chose, how it came and, once
 * voting has closed, its line in the ballot file. The code is posted, not put in the address, so it stays out of
 * browser history and logs.
 */
@Named
@RequestScoped
public class ReceiptBacking {

    /** A chosen project as the receipt shows it. */
    public record Chosen(String category, String title) {
    }

    @Inject
    BallotFiles ballotFiles;
    @Inject
    CycleCatalog cycles;
    @Inject
    ProjectCatalogue projects;

    private String code;
    private ReceiptView receipt;
    private BudgetCycle cycle;
    private List<Chosen> chosen;

    public void check() {
        receipt = ballotFiles.receipt(code).orElseThrow(() -> new InvalidInputException(
                FieldViolation.of("code", code == null || code.isBlank() ? "validation.required" : "voting.receiptUnknown")));
        cycle = cycles.byId(receipt.cycleId()).orElseThrow();
        Map<Long, Project> byId = projects.byIds(receipt.choices().byCategory().values().stream().flatMap(ids -> ids.stream())
                .toList()).stream().collect(Collectors.toMap(Project::id, Function.identity()));
        chosen = receipt.choices().byCategory().entrySet().stream().flatMap(category -> category.getValue().stream()
                .map(projectId -> new Chosen(cycle.categoryName(category.getKey()),
                        byId.containsKey(projectId) ? byId.get(projectId).title() : "#" + projectId))).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReceiptView getReceipt() {
        return receipt;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public List<Chosen> getChosen() {
        return chosen;
    }
}

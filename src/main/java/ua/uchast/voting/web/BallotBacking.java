package ua.uchast.voting.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;
import ua.uchast.voting.boundary.SignedBallots;
import ua.uchast.voting.boundary.VotingBooth;
import ua.uchast.voting.web.BallotCards.Card;
import ua.uchast.voting.web.BallotCards.CategoryView;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.entity.BallotDocument;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.VoterRegistration;
import ua.uchast.platform.web.Uploads;

/**
 * The voting page of a cycle (/voting/ballot?cycle=ID): the ballot as cards per category with the rule in plain words,
 * a confirmation step that lists the choice, then casting — as a resident signed in through the identity provider, or
 * with a qualified e-signature. A resident who has voted sees when and how, never a second form.
 */
@Named
@ViewScoped
public class BallotBacking implements Serializable {

    /**
     * A card's checkbox is plain HTML named after its project (read in {@link #review()}), not a Faces component: 200
     * of them in every saved view of every voter's session cost memory and time for nothing.
     */
    static final String CHOICE = "ballot:choice-";

    /** Where the voter is on the page. */
    public enum Step {
        CHOOSE, CONFIRM, SIGN
    }

    @Inject
    VotingBooth booth;
    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    CurrentResident currentResident;
    @Inject
    SignedBallots signedBallots;
    @Inject
    BallotCards ballotCards;

    private String cycleParam;
    private Long cycleId;
    private Step step = Step.CHOOSE;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private boolean declared;
    private Long settlementId;
    private byte[] document;
    private LocalDateTime documentExpiresAt;
    private transient Part signature;
    private transient BudgetCycle cycle;
    private transient Hromada hromada;
    private transient Optional<VoterRegistration> myBallot;

    public void load() {
        if (cycleId == null) {
            cycleId = Ids.parse(cycleParam);
        }
        getCycle();
    }

    /** From choosing to the confirmation step, once the choice keeps the ballot's rules. */
    public void review() {
        Map<String, String> sent = Faces.getRequestParameterMap();
        selected.clear();
        getCategories().forEach(category -> category.cards().stream()
                .filter(card -> sent.containsKey(CHOICE + card.projectId()))
                .forEach(card -> selected.put(card.projectId(), true)));
        booth.checkChoice(cycleId, choices());
        step = Step.CONFIRM;
    }

    public void change() {
        step = Step.CHOOSE;
    }

    /** Casts the signed-in resident's ballot; the receipt is shown once, on the thank-you page. */
    public void cast() throws IOException {
        Receipt receipt = booth.castAsResident(cycleId, choices(), residence());
        ThanksBacking.show(receipt, cycleId);
    }

    /** The qualified e-signature channel: the ballot document to sign, for the choice confirmed. */
    public void issueDocument() {
        BallotDocument issued = booth.issueDocument(cycleId, choices(), residence());
        document = issued.bytes();
        documentExpiresAt = issued.expiresAt();
        step = Step.SIGN;
    }

    /** The exact bytes to sign, as a file. */
    public void downloadDocument() throws IOException {
        Faces.sendFile(document, "ballot-" + cycleId + ".json", true);
    }

    /** Casts the uploaded signature of the issued document. */
    public void castSigned() throws IOException {
        byte[] uploaded = Uploads.read(signature, SignedBallots.MAX_SIGNATURE_BYTES)
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("signature", "voting.signature.missing")));
        Receipt receipt = signedBallots.cast(cycleId, uploaded, null);
        ThanksBacking.show(receipt, cycleId);
    }

    public boolean isSignatureChannel() {
        return signedBallots.enabled();
    }

    public Choices choices() {
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        for (CategoryView category : getCategories()) {
            List<Long> ids = new ArrayList<>();
            category.cards().stream().filter(this::isChosen)
                    .forEach(card -> ids.add(card.projectId()));
            chosen.put(category.id(), ids);
        }
        return Choices.of(chosen);
    }

    Residence residence() {
        return new Residence(declared, settlementId, false);
    }

    /** The chosen cards of a category, for the confirmation step. */
    public List<Card> chosenIn(CategoryView category) {
        return category.cards().stream().filter(this::isChosen).toList();
    }

    public Money totalIn(CategoryView category) {
        return chosenIn(category).stream().map(Card::cost).reduce(Money.ZERO, Money::plus);
    }

    public BudgetCycle getCycle() {
        if (cycle == null) {
            cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        }
        return cycle;
    }

    public Hromada getHromada() {
        if (hromada == null) {
            hromada = hromadas.byId(getCycle().hromadaId()).orElseThrow(NotFoundException::new);
        }
        return hromada;
    }

    public Phase getPhase() {
        return cycles.phaseOf(getCycle());
    }

    public boolean isOpen() {
        return getPhase() == Phase.VOTING;
    }

    public List<CategoryView> getCategories() {
        return ballotCards.of(cycleId, getHromada());
    }

    /** The signed-in resident's earlier ballot in this cycle, if any. */
    public VoterRegistration getMyBallot() {
        if (myBallot == null) {
            myBallot = booth.myBallot(cycleId);
        }
        return myBallot.orElse(null);
    }

    public boolean isResident() {
        return currentResident.get().isPresent();
    }

    public boolean isDeclarationAsked() {
        return getCycle().rules().residencyPolicy() == ResidencyPolicy.SIGNED_DECLARATION;
    }

    public List<Territory> getSettlements() {
        return getHromada().territories().stream().filter(territory -> territory.kind() == TerritoryKind.SETTLEMENT).toList();
    }

    public String getCycleParam() {
        return cycleParam;
    }

    public void setCycleParam(String cycleParam) {
        this.cycleParam = cycleParam;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Step getStep() {
        return step;
    }

    public boolean isChosen(Card card) {
        return Boolean.TRUE.equals(selected.get(card.projectId()));
    }

    public String getChoicePrefix() {
        return CHOICE;
    }

    public boolean isDeclared() {
        return declared;
    }

    public void setDeclared(boolean declared) {
        this.declared = declared;
    }

    public LocalDateTime getDocumentExpiresAt() {
        return documentExpiresAt;
    }

    public Part getSignature() {
        return signature;
    }

    public void setSignature(Part signature) {
        this.signature = signature;
    }

    public Long getSettlementId() {
        return settlementId;
    }

    public void setSettlementId(Long settlementId) {
        this.settlementId = settlementId;
    }
}

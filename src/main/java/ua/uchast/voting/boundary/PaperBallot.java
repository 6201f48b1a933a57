package ua.uchast.voting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A paper ballot as an operator types it after checking the voter's passport: the voter's tax number and birth date,
 * the settlement of their registration, whether the paper carries their declaration of residence, the day the paper
 * was received, and per category the ballot numbers marked (as written, e.g. "3, 7").
 */
public class PaperBallot implements Serializable {

    private String taxNumber;
    private LocalDate birthDate;
    private Long settlementId;
    private boolean declared;
    private LocalDate receivedOn;
    private Map<Long, String> numbers = new LinkedHashMap<>();

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Long getSettlementId() {
        return settlementId;
    }

    public void setSettlementId(Long settlementId) {
        this.settlementId = settlementId;
    }

    public boolean isDeclared() {
        return declared;
    }

    public void setDeclared(boolean declared) {
        this.declared = declared;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    /** Category id → the numbers marked in it, as typed. */
    public Map<Long, String> getNumbers() {
        return numbers;
    }

    public void setNumbers(Map<Long, String> numbers) {
        this.numbers = numbers;
    }
}

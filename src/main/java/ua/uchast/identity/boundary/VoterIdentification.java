package ua.uchast.identity.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.Violations;

/**
 * Who is about to vote, from what each channel knows: a resident signed in through the identity provider, or the tax
 * number and birth date an operator read from a voter's documents. The number is turned into the person's key at once
 * and never kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoterIdentification {

    private ResidentRepository residents;
    private ResidentKeys keys;

    protected VoterIdentification() {
    }

    @Inject
    public VoterIdentification(ResidentRepository residents, ResidentKeys keys) {
        this.residents = residents;
        this.keys = keys;
    }

    public Voter ofResident(Resident resident) {
        return residents.byId(resident.id()).map(EligibilityService::voterOf).orElseThrow(NotFoundException::new);
    }

    /**
     * A voter by the tax number typed from their documents (spaces allowed) and the birth date in their passport, which
     * must be the one the number encodes.
     *
     * @throws InvalidInputException (fields {@code taxNumber}, {@code birthDate}) for a wrong check digit or date
     */
    public Voter ofDocuments(String taxNumber, LocalDate birthDate) {
        Rnokpp number = Rnokpp.typed(taxNumber).orElseThrow(() -> new InvalidInputException(
                FieldViolation.of("taxNumber", "identity.taxNumber.invalid")));
        new Violations().require(birthDate != null, "birthDate", "validation.required")
                .require(birthDate == null || birthDate.equals(number.birthDate()), "birthDate", "voting.birthDateMismatch")
                .throwIfAny();
        return new Voter(keys.keyOf(number).hex(), number.birthDate(), number.gender(), null);
    }
}

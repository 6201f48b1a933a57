package ua.uchast.tally.control;

import java.time.LocalDateTime;
import java.util.Optional;

import ua.uchast.tally.entity.PbElection;

/** The anonymised ballots of cycle categories, with the projects they choose from and the META they came with. */
public interface ElectionStore {

    /** Stores the election as the ballots of a category that has none yet. */
    void save(Long categoryId, PbElection election, LocalDateTime importedAt);

    /** The category's election, with the META as stored (its {@code budget} and {@code rule} as imported). */
    Optional<PbElection> load(Long categoryId);
}

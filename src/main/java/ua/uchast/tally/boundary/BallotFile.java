package ua.uchast.tally.boundary;

/** A category's anonymised ballots as a pabulib .pb file, with the name to download it under. */
public record BallotFile(String fileName, byte[] content) {
}

package ua.uchast.implementation.entity;

/** The staff member who changes an implementation record (an account id; none for the demo data) and their name. */
public record Editor(Long accountId, String name) {
}

package ua.uchast.cycle.entity;

/** How a resident shows they belong to the hromada. */
public enum ResidencyPolicy {
    /** The address from the identity provider lies in one of the hromada's settlements. */
    ADDRESS_IN_SETTLEMENTS,
    /** The resident is on a voter list the hromada uploaded. */
    VOTER_LIST,
    /** An operator confirms residence in person. */
    OPERATOR_CONFIRMATION,
    /** The voter declares, in the ballot they cast (signed, confirmed on the page, or on paper), that they live here. */
    SIGNED_DECLARATION
}

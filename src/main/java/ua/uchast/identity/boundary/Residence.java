package ua.uchast.identity.boundary;

/**
 * What a ballot itself says about where its voter lives, besides what the hromada knows (its voter list, operators'
 * confirmations, the provider's address): whether the voter declared in the ballot that they live in the hromada,
 * the settlement they named (for statistics, and as the registration a service-centre operator checked), and whether
 * an operator saw their documents.
 */
public record Residence(boolean declared, Long settlementId, boolean checkedByOperator) {

    public static Residence none() {
        return new Residence(false, null, false);
    }
}

package ua.uchast.identity.control.signature;

/**
 * A certificate judged as a voter's signing certificate at some moment.
 *
 * @param chainValid        chains to a trust anchor, with every certificate valid and unrevoked at the moment
 * @param revocationChecked every certificate on that path had a current CRL from its issuer
 * @param reason            the first reason it cannot identify a voter; null when it can
 * @param identity          who the certificate names
 */
public record CertificateAssessment(boolean chainValid, boolean revocationChecked, RejectionReason reason,
                                    SignerIdentity identity) {
}

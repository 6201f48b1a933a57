package ua.uchast.identity.control.signature;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One signature verified, for Java Flight Recorder: its duration is the whole server-side check (reading, signature,
 * certificate path). It costs nothing unless a recording is running; the benchmark records it to compare the check
 * with a bare BouncyCastle verification of the same signature.
 */
@Name("ua.uchast.SignatureVerification")
@Label("Signature verification")
@Category("Uchast")
@Description("One CMS/CAdES signature checked as a voter's identity")
@StackTrace(false)
final class VerificationEvent extends jdk.jfr.Event {

    @Label("Algorithm")
    String algorithm;

    @Label("Accepted")
    boolean accepted;
}

package ua.uchast.identity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import ua.uchast.identity.control.signature.RejectionReason;
import ua.uchast.identity.control.signature.SignatureVerdict;
import ua.uchast.identity.control.signature.SignatureVerifier;
import ua.uchast.identity.control.signature.SignerIdentity;
import ua.uchast.identity.control.signature.TrustAnchors;
import ua.uchast.platform.cli.CliCommand;

/**
 * {@code verify-signature --trust DIR [--content FILE] [--at ISO-8601-TIME] [--require-revocation-check] FILE.p7s}:
 * prints one JSON verdict.
 * Exit 0 when the signature identifies a voter; 1 when it does not (including a readable detached signature given
 * no --content); 2 for bad usage or unreadable input (missing file, not a CMS signature, empty, over 1 MB).
 * The operator needs to see the РНОКПП, so it is printed here; the server never logs or stores it.
 */
public class VerifySignatureCommand implements CliCommand {

    private record Options(Path trust, Path content, Instant at, boolean requireRevocationCheck, Path signature) {
    }

    @Override
    public String name() {
        return "verify-signature";
    }

    @Override
    public String usage() {
        return "verify-signature --trust DIR [--content FILE] [--at ISO-8601-TIME] [--require-revocation-check] FILE.p7s";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage: " + usage());
            return EXIT_USAGE;
        }
        try {
            TrustAnchors trust = TrustAnchors.load(options.trust());
            byte[] signature = readAtMostOverLimit(options.signature());
            byte[] content = options.content() == null ? null : readAtMostOverLimit(options.content());
            if (content != null && content.length > SignatureVerifier.MAX_INPUT_BYTES) {
                err.println("The content file is larger than 1 MB: " + options.content());
                return EXIT_USAGE;
            }
            SignatureVerdict verdict = new SignatureVerifier(trust, Clock.systemUTC(), options.requireRevocationCheck())
                    .verify(signature, content, options.at());
            out.println(toJson(verdict));
            return exitCodeOf(verdict);
        } catch (IOException e) {
            err.println("Cannot read input: " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    private static Options parse(List<String> args) throws UsageException {
        Path trust = null;
        Path content = null;
        Instant at = null;
        boolean requireRevocationCheck = false;
        Path signature = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--trust" -> trust = Path.of(UsageException.valueAfter(args, ++i, arg));
                case "--content" -> content = Path.of(UsageException.valueAfter(args, ++i, arg));
                case "--at" -> at = parseMoment(UsageException.valueAfter(args, ++i, arg));
                case "--require-revocation-check" -> requireRevocationCheck = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("Unknown option: " + arg);
                    }
                    if (signature != null) {
                        throw new UsageException("Only one signature file may be given");
                    }
                    signature = Path.of(arg);
                }
            }
        }
        if (trust == null) {
            throw new UsageException("--trust DIR is required");
        }
        if (signature == null) {
            throw new UsageException("No signature file given");
        }
        return new Options(trust, content, at, requireRevocationCheck, signature);
    }

    private static Instant parseMoment(String text) throws UsageException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--at needs an ISO-8601 time with offset, e.g. 2027-05-01T12:00:00Z: " + text);
        }
    }

    /** Reads one byte past the limit at most, so a huge file is recognised as too large without loading it. */
    static byte[] readAtMostOverLimit(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SignatureVerifier.MAX_INPUT_BYTES + 1);
        }
    }

    private static int exitCodeOf(SignatureVerdict verdict) {
        if (verdict.voterIdentity()) {
            return EXIT_OK;
        }
        return verdict.reason().isUnreadableInput() ? EXIT_USAGE : EXIT_NEGATIVE;
    }

    static String toJson(SignatureVerdict verdict) {
        SignerIdentity signer = verdict.signer();
        RejectionReason reason = verdict.reason();
        return new JsonObjectWriter()
                .add("signatureValid", verdict.signatureValid())
                .add("chainValid", verdict.chainValid())
                .add("voterIdentity", verdict.voterIdentity())
                .add("reason", reason == null ? null : reason.text())
                .add("reasonCode", reason == null ? null : reason.name())
                .add("signer", signer == null ? null : signer.name())
                .add("rnokpp", signer == null ? null : signer.taxNumber())
                .add("edrpou", signer == null ? null : signer.edrpou())
                .add("signingTime", text(verdict.signingTime()))
                .add("timeStampTime", text(verdict.timeStampTime()))
                .add("timeStampTrusted", verdict.timeStampTrusted())
                .add("checkedAt", text(verdict.checkedAt()))
                .add("revocationChecked", verdict.revocationChecked())
                .add("algorithm", verdict.algorithm())
                .toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

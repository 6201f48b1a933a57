package ua.uchast.identity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import ua.uchast.identity.control.signature.CadesSigner;
import ua.uchast.identity.control.signature.SignatureVerifier;
import ua.uchast.identity.control.signature.SigningKey;
import ua.uchast.platform.cli.CliCommand;

/**
 * {@code sign-ballot --key FILE.p12 --password-file F DOCUMENT > SIGNATURE.p7s}: signs the document as an attached
 * CAdES-BES (DER on standard output) with the PKCS#12 key, so anyone can try the signature channel with a demo key.
 * Exit 0 on success; 2 with a one-line message for bad usage, an unreadable file or key, or a wrong password.
 */
public class SignBallotCommand implements CliCommand {

    private record Options(Path key, Path passwordFile, Path document) {
    }

    @Override
    public String name() {
        return "sign-ballot";
    }

    @Override
    public String usage() {
        return "sign-ballot --key FILE.p12 --password-file FILE DOCUMENT > SIGNATURE.p7s";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage() + ". Usage: " + usage());
            return EXIT_USAGE;
        }
        try {
            char[] password = readPassword(options.passwordFile());
            SigningKey key;
            try {
                key = SigningKey.fromPkcs12(read(options.key(), "key"), password);
            } catch (SigningKey.UnreadableKeyException e) {
                throw new UsageException("Cannot open the key " + options.key() + ": " + e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
            byte[] document = read(options.document(), "document");
            byte[] signature = CadesSigner.sign(key.key(), key.certificate(), CadesSigner.algorithmFor(key.key()),
                    document, true, Instant.now(), key.chain());
            out.write(signature);
            out.flush();
            return EXIT_OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            err.println("Cannot sign with this key: " + e.getMessage());
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("Cannot write the signature: " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    private static Options parse(List<String> args) throws UsageException {
        Path key = null;
        Path passwordFile = null;
        Path document = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--key" -> key = Path.of(UsageException.valueAfter(args, ++i, arg));
                case "--password-file" -> passwordFile = Path.of(UsageException.valueAfter(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--") || document != null) {
                        throw new UsageException("Unexpected argument " + arg);
                    }
                    document = Path.of(arg);
                }
            }
        }
        if (key == null || passwordFile == null || document == null) {
            throw new UsageException("--key, --password-file and a document are needed");
        }
        return new Options(key, passwordFile, document);
    }

    /** The file's first line (a trailing line break is not part of the password). */
    private static char[] readPassword(Path file) throws UsageException {
        String text = new String(read(file, "password file"), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
    }

    /** Reads at most 1 MB (a ballot document, a key or a password is far smaller). */
    private static byte[] read(Path file, String what) throws UsageException {
        try {
            byte[] bytes = VerifySignatureCommand.readAtMostOverLimit(file);
            if (bytes.length > SignatureVerifier.MAX_INPUT_BYTES) {
                throw new UsageException("The " + what + " " + file + " is larger than 1 MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UsageException("Cannot read the " + what + " " + file + ": " + e.getMessage());
        }
    }
}

package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

import ua.uchast.testsupport.TestSigner;

/**
 * The run command's DEMO signing authority, kept under ./data/demo-ca (created once): its CA certificates in
 * {@code trust/} (the platform trusts them) and one demo voter's key, {@code demo-voter.p12} with its password in
 * {@code demo-voter.password}, for trying the signature channel with {@code uchast-cli.jar sign-ballot}.
 * The voter lives in м. Вишневе (Вишнева громада) and was born in 1985.
 */
public record DemoSigningAuthority(Path trustFolder, Path voterKey, Path passwordFile) {

    /** The demo voter's РНОКПП: born 1985-06-15, a man; not the demo identity provider's default resident. */
    public static final String DEMO_VOTER_RNOKPP = "3121203458";

    public static DemoSigningAuthority keep(Path folder) {
        DemoSigningAuthority demo = new DemoSigningAuthority(folder.resolve("trust"), folder.resolve("demo-voter.p12"),
                folder.resolve("demo-voter.password"));
        if (!Files.exists(demo.voterKey()) || !Files.exists(demo.passwordFile()) || !Files.isDirectory(demo.trustFolder())) {
            demo.create();
        }
        return demo;
    }

    private void create() {
        try {
            deleteOldFiles();
            TestSigner authority = TestSigner.create(trustFolder, Duration.ofDays(5 * 365));
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.writeString(passwordFile, password + "\n");
            Files.write(voterKey, authority.voter(DEMO_VOTER_RNOKPP, TestSigner.Algorithm.ECDSA_P256, demoVoter())
                    .pkcs12(password.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteOldFiles() throws IOException {
        Files.deleteIfExists(voterKey);
        Files.deleteIfExists(passwordFile);
        if (Files.isDirectory(trustFolder)) {
            try (var files = Files.list(trustFolder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static X500Name demoVoter() {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA").addRDN(BCStyle.L, "м. Вишневе")
                .addRDN(BCStyle.CN, "Коваленко Петро Іванович (ДЕМО)").addRDN(BCStyle.SURNAME, "Коваленко")
                .addRDN(BCStyle.GIVENNAME, "Петро Іванович").addRDN(BCStyle.SERIALNUMBER, "TINUA-" + DEMO_VOTER_RNOKPP)
                .build();
    }

    /** One command line that signs a ballot document with the demo key. */
    public String exampleCommand(Path cliJar) {
        return "java -jar " + cliJar + " sign-ballot --key " + voterKey + " --password-file " + passwordFile
                + " ballot.json > ballot.p7s";
    }
}

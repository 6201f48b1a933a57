package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import ua.uchast.community.control.CommunityDemo;

/**
 * The README's run command: an embedded MariaDB with its data in ./data (unless UCHAST_DB_HOST points at a server),
 * then Payara Micro with the WAR (and demo data unless turned off), until Ctrl-C.
 */
public final class RunPlatform {

    private RunPlatform() {
    }

    /**
     * Ends the JVM itself, also on failure: exec:java would otherwise wait for the helper servers' threads forever.
     * The shutdown hook stops whatever had started.
     */
    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (RuntimeException | InterruptedException failure) {
            System.err.println("Uchast could not run: " + failure.getMessage());
            System.exit(1);
        }
    }

    private static void run() throws InterruptedException {
        BuildLayout build = BuildLayout.fromSystemProperties();
        int port = Integer.parseInt(env("UCHAST_PORT").orElse("8080"));
        boolean external = env("UCHAST_DB_HOST").isPresent();
        String demoData = env("UCHAST_DEMO_DATA").orElse(external ? "false" : "true");

        AtomicReference<EmbeddedDatabase> database = new AtomicReference<>();
        AtomicReference<PayaraProcess> payara = new AtomicReference<>();
        AtomicReference<DemoIdentityProvider> identityProvider = new AtomicReference<>();
        AtomicReference<DemoMailbox> mailbox = new AtomicReference<>();
        // No printing here: at Ctrl-C Maven's console may already be gone, and a failing print would skip the rest.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Optional.ofNullable(payara.get()).ifPresent(PayaraProcess::close);
            } finally {
                Optional.ofNullable(database.get()).ifPresent(EmbeddedDatabase::close);
                Optional.ofNullable(identityProvider.get()).ifPresent(DemoIdentityProvider::close);
            }
        }));

        Map<String, String> environment = new HashMap<>(Map.of("UCHAST_DEMO_DATA", demoData));
        if (external) {
            System.out.println("Using the database server at " + System.getenv("UCHAST_DB_HOST") + " (UCHAST_DB_* variables)");
        } else {
            System.out.println("Starting the embedded MariaDB (data kept in " + build.projectDir().resolve("data") + ") ...");
            database.set(EmbeddedDatabase.start(build.projectDir().resolve("data/mariadb-base"),
                    build.projectDir().resolve("data/mariadb")));
            environment.putAll(database.get().provide("uchast").asEnvironment());
        }
        if (env("UCHAST_OIDC_ISSUER").isEmpty()) {
            identityProvider.set(DemoIdentityProvider.start(build.targetDir().resolve("demo-identity-provider"),
                    Integer.parseInt(env("UCHAST_DEMO_IDP_PORT").orElse("8090"))));
            environment.putAll(identityProvider.get().asEnvironment());
        }
        if (env("UCHAST_SMTP_HOST").isEmpty()) {
            mailbox.set(DemoMailbox.start(Integer.parseInt(env("UCHAST_DEMO_SMTP_PORT").orElse("3025"))));
            environment.putAll(mailbox.get().asEnvironment());
        }
        DemoSigningAuthority demoSigning = DemoSigningAuthority.keep(build.projectDir().resolve("data/demo-ca"));
        environment.put("UCHAST_TRUSTED_CA_DIR", env("UCHAST_TRUSTED_CA_DIR")
                .map(operatorFolders -> operatorFolders + "," + demoSigning.trustFolder())
                .orElse(demoSigning.trustFolder().toString()));
        if (env("UCHAST_RESIDENT_KEY_SECRET").isEmpty()) {
            environment.put("UCHAST_RESIDENT_KEY_SECRET", localResidentKeySecret(build.projectDir().resolve("data")));
        }
        System.out.println("Starting Payara Micro on port " + port + " (about 30 s) ...");
        payara.set(PayaraProcess.start(build, port, environment));

        String url = payara.get().baseUrl();
        System.out.println();
        System.out.println("  Uchast is running at " + url);
        System.out.println("  Server log: " + payara.get().log());
        if ("true".equals(demoData)) {
            System.out.println("  Demo staff sign-in at " + url + "login — password for all: " + CommunityDemo.PASSWORD);
            CommunityDemo.ADMINISTRATORS.forEach(user -> System.out.println("    " + user + "  (administrator)"));
            System.out.println("    " + CommunityDemo.COMMISSION_MEMBER + "  (commission member)");
            System.out.println("    " + CommunityDemo.OPERATOR + "  (service-centre operator)");
        }
        if (identityProvider.get() != null) {
            System.out.println("  Resident sign-in at " + url + "identity/resident/ goes to a DEMO identity provider");
            System.out.println("    (" + identityProvider.get().issuer() + ", not BankID): choose any test resident's");
            System.out.println("    tax number, birth date and address there, e.g. the prefilled resident of Вишневе.");
        }
        if (mailbox.get() != null) {
            System.out.println("  Mail to project authors goes to a DEMO mailbox on 127.0.0.1:" + mailbox.get().port()
                    + " and is printed here; set UCHAST_SMTP_HOST to use a real SMTP server.");
        }
        System.out.println("  Voting with a qualified e-signature trusts a DEMO CA (" + demoSigning.trustFolder() + ").");
        System.out.println("    Demo voter's key: " + demoSigning.voterKey() + " (password in " + demoSigning.passwordFile() + ")");
        System.out.println("    Sign a ballot document: " + demoSigning.exampleCommand(build.targetDir().resolve("uchast-cli.jar")));
        System.out.println("  Press Ctrl-C to stop.");
        payara.get().awaitExit();
    }

    /** A random secret kept in ./data beside the local database, so residents keep their keys between runs. */
    private static String localResidentKeySecret(Path dataDir) {
        Path file = dataDir.resolve("resident-key-secret");
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[48];
                new SecureRandom().nextBytes(secret);
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}

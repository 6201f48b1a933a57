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

import ua.uchast.community.control.CommunityDemo;

/**
 * What the run commands start around Payara on this machine: an embedded MariaDB with its data in ./data (unless
 * UCHAST_DB_HOST points at a server), the demo identity provider, mailbox and signing authority (each unless the real
 * one is configured), and the environment that points the platform at them.
 */
final class LocalServices implements AutoCloseable {

    private final BuildLayout build;
    private final Map<String, String> environment = new HashMap<>();
    private EmbeddedDatabase database;
    private DemoIdentityProvider identityProvider;
    private DemoMailbox mailbox;
    private DemoSigningAuthority demoSigning;

    private LocalServices(BuildLayout build) {
        this.build = build;
    }

    /** Starts what is needed; whatever started is stopped again if a part fails. */
    static LocalServices start(BuildLayout build) {
        LocalServices services = new LocalServices(build);
        try {
            services.startAll();
            return services;
        } catch (RuntimeException failure) {
            services.close();
            throw failure;
        }
    }

    private void startAll() {
        boolean external = env("UCHAST_DB_HOST").isPresent();
        environment.put("UCHAST_DEMO_DATA", env("UCHAST_DEMO_DATA").orElse(external ? "false" : "true"));
        if (external) {
            System.out.println("Using the database server at " + System.getenv("UCHAST_DB_HOST") + " (UCHAST_DB_* variables)");
        } else {
            System.out.println("Starting the embedded MariaDB (data kept in " + build.projectDir().resolve("data") + ") ...");
            database = EmbeddedDatabase.start(build.projectDir().resolve("data/mariadb-base"),
                    build.projectDir().resolve("data/mariadb"));
            environment.putAll(database.provide("uchast").asEnvironment());
        }
        if (env("UCHAST_OIDC_ISSUER").isEmpty()) {
            identityProvider = DemoIdentityProvider.start(build.targetDir().resolve("demo-identity-provider"),
                    Integer.parseInt(env("UCHAST_DEMO_IDP_PORT").orElse("8090")));
            environment.putAll(identityProvider.asEnvironment());
        }
        if (env("UCHAST_SMTP_HOST").isEmpty()) {
            mailbox = DemoMailbox.start(Integer.parseInt(env("UCHAST_DEMO_SMTP_PORT").orElse("3025")));
            environment.putAll(mailbox.asEnvironment());
        }
        demoSigning = DemoSigningAuthority.keep(build.projectDir().resolve("data/demo-ca"));
        environment.put("UCHAST_TRUSTED_CA_DIR", env("UCHAST_TRUSTED_CA_DIR")
                .map(operatorFolders -> operatorFolders + "," + demoSigning.trustFolder())
                .orElse(demoSigning.trustFolder().toString()));
        if (env("UCHAST_RESIDENT_KEY_SECRET").isEmpty()) {
            environment.put("UCHAST_RESIDENT_KEY_SECRET", localResidentKeySecret(build.projectDir().resolve("data")));
        }
    }

    /** The variables, besides the caller's own, that point the platform at these services. */
    Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /** Tells the person at the console how to use the platform at {@code url}: demo sign-ins, mail, the signing key. */
    void printGuide(String url) {
        if ("true".equals(environment.get("UCHAST_DEMO_DATA"))) {
            System.out.println("  Demo staff sign-in at " + url + "login — password for all: " + CommunityDemo.PASSWORD);
            CommunityDemo.ADMINISTRATORS.forEach(user -> System.out.println("    " + user + "  (administrator)"));
            System.out.println("    " + CommunityDemo.COMMISSION_MEMBER + "  (commission member)");
            System.out.println("    " + CommunityDemo.OPERATOR + "  (service-centre operator)");
        }
        if (identityProvider != null) {
            System.out.println("  Resident sign-in at " + url + "identity/resident/ goes to a DEMO identity provider");
            System.out.println("    (" + identityProvider.issuer() + ", not BankID): choose any test resident's");
            System.out.println("    tax number, birth date and address there, e.g. the prefilled resident of Вишневе.");
        }
        if (mailbox != null) {
            System.out.println("  Mail to project authors goes to a DEMO mailbox on 127.0.0.1:" + mailbox.port()
                    + " and is printed here; set UCHAST_SMTP_HOST to use a real SMTP server.");
        }
        System.out.println("  Voting with a qualified e-signature trusts a DEMO CA (" + demoSigning.trustFolder() + ").");
        System.out.println("    Demo voter's key: " + demoSigning.voterKey() + " (password in " + demoSigning.passwordFile() + ")");
        System.out.println("    Sign a ballot document: " + demoSigning.exampleCommand(build.targetDir().resolve("uchast-cli.jar")));
        System.out.println("  Press Ctrl-C to stop.");
    }

    /** No printing here: at Ctrl-C Maven's console may already be gone, and a failing print would skip the rest. */
    @Override
    public void close() {
        try {
            Optional.ofNullable(database).ifPresent(EmbeddedDatabase::close);
        } finally {
            Optional.ofNullable(identityProvider).ifPresent(DemoIdentityProvider::close);
            Optional.ofNullable(mailbox).ifPresent(DemoMailbox::close);
        }
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

    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}

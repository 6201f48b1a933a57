package ua.uchast.devenv;

import java.util.Map;
import java.util.Optional;

import ua.uchast.platform.control.DemoData;

/**
 * The README's run command: an embedded MariaDB with its data in ./data (unless UCHAST_DB_HOST points at a server),
 * Payara Micro with the WAR and demo data, until Ctrl-C.
 */
public final class RunPlatform {

    private RunPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        BuildLayout build = BuildLayout.fromSystemProperties();
        int port = Integer.parseInt(env("UCHAST_PORT").orElse("8080"));
        DatabaseSettings external = env("UCHAST_DB_HOST").map(host -> new DatabaseSettings(host,
                Integer.parseInt(env("UCHAST_DB_PORT").orElse("3306")), env("UCHAST_DB_NAME").orElse("uchast"),
                env("UCHAST_DB_USER").orElse("uchast"), env("UCHAST_DB_PASSWORD").orElse(""))).orElse(null);
        String demoData = env("UCHAST_DEMO_DATA").orElse(external == null ? "true" : "false");

        LocalPlatform platform = new LocalPlatform(build, build.projectDir().resolve("data/mariadb-base"),
                build.projectDir().resolve("data/mariadb"), external, Map.of("UCHAST_DEMO_DATA", demoData), port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Uchast ...");
            platform.close();
        }));
        System.out.println(external == null ? "Starting the embedded MariaDB (data in ./data) and Payara Micro (about 30 s) ..."
                : "Starting Payara Micro against " + external.host() + ":" + external.port() + " (about 30 s) ...");
        platform.start("uchast");

        System.out.println();
        System.out.println("  Uchast is running at " + platform.baseUrl());
        System.out.println("  Server log: " + platform.log());
        if ("true".equals(demoData)) {
            System.out.println("  Demo staff sign-in at " + platform.baseUrl() + "login — password for all: " + DemoData.PASSWORD);
            DemoData.ADMINISTRATORS.forEach(user -> System.out.println("    " + user + "  (administrator)"));
            System.out.println("    " + DemoData.COMMISSION_MEMBER + "  (commission member)");
            System.out.println("    " + DemoData.OPERATOR + "  (service-centre operator)");
        }
        System.out.println("  Press Ctrl-C to stop.");
        platform.awaitExit();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}

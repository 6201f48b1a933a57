package ua.uchast.devenv;

import java.nio.file.Path;

/** Where the Maven build put things; the pom passes these paths as system properties. */
public record BuildLayout(Path projectDir, Path targetDir, Path war, Path payaraDir) {

    public static BuildLayout fromSystemProperties() {
        return new BuildLayout(path("uchast.project.dir"), path("uchast.target.dir"), path("uchast.war"),
                path("uchast.payara.dir"));
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run through Maven (see README)");
        }
        return Path.of(value).toAbsolutePath();
    }
}

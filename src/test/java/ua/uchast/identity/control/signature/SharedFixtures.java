package ua.uchast.identity.control.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;

import ua.uchast.testsupport.SharedFolder;

/**
 * The real Ukrainian fixtures in {@code shared/ua-signatures} (located by {@link SharedFolder}).
 */
public final class SharedFixtures {

    private static final Path ROOT = SharedFolder.of("ua-signatures");

    private SharedFixtures() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static X509CertificateHolder certificate(String relative) {
        try {
            return new X509CertificateHolder(bytes(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh trust folder holding copies of the named fixture files. */
    public static Path trustFolder(Path parent, String... relatives) {
        try {
            Path folder = Files.createDirectories(parent.resolve("trust"));
            for (String relative : relatives) {
                Files.copy(path(relative), folder.resolve(path(relative).getFileName()));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TrustAnchors trust(String... relatives) {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        for (String relative : relatives) {
            certificates.add(certificate(relative));
        }
        return TrustAnchors.of(certificates, List.of());
    }
}

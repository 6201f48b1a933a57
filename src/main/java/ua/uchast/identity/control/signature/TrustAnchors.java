package ua.uchast.identity.control.signature;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.stream.Stream;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * The certificates and CRLs a deployment trusts. Self-signed certificates are trust anchors; the others are
 * intermediate CA certificates (or TSA certificates), usable to build a path but trusted only through an anchor.
 * <p>
 * A folder may hold {@code .cer .crt .der .pem} certificates (PEM may hold several), {@code .p7b .p7c} bundles
 * (such as the CACertificates.p7b the Ukrainian central certification authority publishes) and {@code .crl} files.
 */
public final class TrustAnchors {

    private final List<X509CertificateHolder> anchors;
    private final List<X509CertificateHolder> intermediates;
    private final List<X509CRLHolder> crls;

    private TrustAnchors(Collection<X509CertificateHolder> certificates, Collection<X509CRLHolder> crls) {
        this.anchors = certificates.stream().filter(TrustAnchors::isSelfIssued).toList();
        this.intermediates = certificates.stream().filter(c -> !isSelfIssued(c)).toList();
        this.crls = List.copyOf(crls);
    }

    public static TrustAnchors of(Collection<X509CertificateHolder> certificates, Collection<X509CRLHolder> crls) {
        return new TrustAnchors(certificates, crls);
    }

    /** @throws IOException if the folder cannot be read or one of its certificate/CRL files is not readable */
    public static TrustAnchors load(Path folder) throws IOException {
        return load(List.of(folder));
    }

    /** All the folders' certificates and CRLs together. */
    public static TrustAnchors load(List<Path> folders) throws IOException {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        List<X509CRLHolder> crls = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException("trust folder not found: " + folder);
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        readFile(file, certificates, crls);
                    } catch (IOException | CMSException | RuntimeException e) {
                        throw new IOException("unreadable trust file " + file + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return new TrustAnchors(certificates, crls);
    }

    /**
     * The folders a setting names, separated by commas or the platform's path separator (":" on Linux),
     * e.g. {@code /etc/uchast/qualified-cas,/var/lib/uchast/demo-ca}.
     */
    public static List<Path> folders(String setting) {
        return Arrays.stream(setting.split("[," + Pattern.quote(File.pathSeparator) + "]"))
                .map(String::strip).filter(part -> !part.isEmpty()).map(Path::of).toList();
    }

    private static void readFile(Path file, List<X509CertificateHolder> certificates, List<X509CRLHolder> crls)
            throws IOException, CMSException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        switch (extension) {
            case "cer", "crt", "der", "pem" -> {
                for (EncodedObjects.Decoded object : EncodedObjects.decode(Files.readAllBytes(file))) {
                    if ("X509 CRL".equals(object.pemType())) {
                        crls.add(new X509CRLHolder(object.der()));
                    } else {
                        certificates.add(new X509CertificateHolder(object.der()));
                    }
                }
            }
            case "p7b", "p7c" -> {
                for (EncodedObjects.Decoded object : EncodedObjects.decode(Files.readAllBytes(file))) {
                    CMSSignedData bundle = new CMSSignedData(object.der());
                    certificates.addAll(bundle.getCertificates().getMatches(null));
                    crls.addAll(bundle.getCRLs().getMatches(null));
                }
            }
            case "crl" -> {
                for (EncodedObjects.Decoded object : EncodedObjects.decode(Files.readAllBytes(file))) {
                    crls.add(new X509CRLHolder(object.der()));
                }
            }
            default -> {
                // other files (README, notes) are not part of the trust configuration
            }
        }
    }

    static boolean isSelfIssued(X509CertificateHolder certificate) {
        return certificate.getSubject().equals(certificate.getIssuer());
    }

    List<X509CertificateHolder> anchors() {
        return anchors;
    }

    List<X509CertificateHolder> intermediates() {
        return intermediates;
    }

    List<X509CRLHolder> crls() {
        return crls;
    }

    boolean isAnchor(X509CertificateHolder certificate) {
        return anchors.contains(certificate);
    }

    public boolean hasAnchors() {
        return !anchors.isEmpty();
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + anchors.size() + " anchors, " + intermediates.size() + " intermediates, "
                + crls.size() + " CRLs]";
    }
}

package ua.uchast.identity.control.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A private key with its certificate (and the CA certificates above it), as a PKCS#12 (.p12/.pfx) file holds them.
 * BouncyCastle's PKCS#12 reads ECDSA, RSA and DSTU 4145 keys.
 */
public record SigningKey(PrivateKey key, X509CertificateHolder certificate, List<X509CertificateHolder> chain) {

    /** The PKCS#12 could not be opened: not such a file, or the wrong password. */
    public static final class UnreadableKeyException extends Exception {
        UnreadableKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The first private key in the file, with its certificate chain. */
    public static SigningKey fromPkcs12(byte[] pkcs12, char[] password) throws UnreadableKeyException {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12", new BouncyCastleProvider());
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadableKeyException("wrong password, or not a PKCS#12 key file", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                Key key = store.isKeyEntry(alias) ? store.getKey(alias, password) : null;
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509CertificateHolder> holders = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        holders.add(new X509CertificateHolder(certificate.getEncoded()));
                    }
                    return new SigningKey(privateKey, holders.get(0), List.copyOf(holders.subList(1, holders.size())));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadableKeyException("the key cannot be read: " + e.getMessage(), e);
        }
        throw new UnreadableKeyException("the file holds no private key with a certificate", null);
    }
}

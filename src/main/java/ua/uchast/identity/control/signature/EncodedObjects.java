package ua.uchast.identity.control.signature;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** Reads DER objects from binary DER, PEM (one or more blocks) or bare base64 text. */
final class EncodedObjects {

    /** One decoded object and its PEM type ("CERTIFICATE", "X509 CRL", "CMS", ...); the type is null for DER/base64. */
    record Decoded(String pemType, byte[] der) {
    }

    private static final byte DER_SEQUENCE = 0x30;
    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private EncodedObjects() {
    }

    static List<Decoded> decode(byte[] bytes) throws IOException {
        if (bytes.length > 0 && bytes[0] == DER_SEQUENCE) {
            return List.of(new Decoded(null, bytes));
        }
        String text = new String(bytes, StandardCharsets.US_ASCII).replace("\uFEFF", "").strip();
        if (text.contains(PEM_BEGIN)) {
            return readPem(text);
        }
        if (!text.isEmpty() && BASE64_TEXT.matcher(text).matches()) {
            try {
                return List.of(new Decoded(null, Base64.getMimeDecoder().decode(text)));
            } catch (IllegalArgumentException e) {
                throw new IOException("invalid base64", e);
            }
        }
        throw new IOException("neither DER, PEM nor base64");
    }

    private static List<Decoded> readPem(String text) throws IOException {
        List<Decoded> objects = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
                objects.add(new Decoded(object.getType(), object.getContent()));
            }
        } catch (RuntimeException e) {
            throw new IOException("invalid PEM", e);
        }
        if (objects.isEmpty()) {
            throw new IOException("no PEM object found");
        }
        return objects;
    }
}

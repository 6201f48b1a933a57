package ua.uchast.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import ua.uchast.testsupport.TestServices;

/** The deployed platform reads the trust folder the suite's test CAs are in when it starts. */
class QualifiedSignaturesIT {

    @Test
    void theSuitesPlatformTrustsTheTestSigningAuthorities() throws IOException {
        String log = Files.readString(TestServices.platformLog());

        assertTrue(log.contains("Qualified e-signature channel on: TrustAnchors[2 anchors, 0 intermediates, 0 CRLs] from "
                + TestServices.testSigner().trustFolder()), "the server log says the channel is on");
    }
}

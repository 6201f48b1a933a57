package ua.uchast.devenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A demo OpenID Connect provider on loopback (NAV's mock-oauth2-server) standing in for BankID / id.gov.ua / Дія in
 * the run command and the tests. Its sign-in page says plainly that it is a demo and lets anyone choose the test
 * resident's name, tax number, birth date and address (sent as the claims Uchast reads by default). Never in
 * production: production has UCHAST_OIDC_ISSUER pointing at a real provider, or no resident sign-in at all.
 */
public final class DemoIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "uchast-demo";
    private static final String ISSUER_ID = "demo";

    private final MockOAuth2Server server;

    private DemoIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    /** Starts on the given loopback port; the login page is copied into {@code workDir}. */
    public static DemoIdentityProvider start(Path workDir, int port) {
        Path loginPage = copyLoginPage(workDir);
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, loginPage.toString()));
        server.start(InetAddress.getLoopbackAddress(), port);
        return new DemoIdentityProvider(server);
    }

    private static Path copyLoginPage(Path workDir) {
        try (InputStream page = DemoIdentityProvider.class.getResourceAsStream("demo-identity-provider.html")) {
            Path target = Files.createDirectories(workDir).resolve("demo-identity-provider.html");
            Files.copy(page, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer URL, on "localhost" so that the browser and Payara both reach it. */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString().replace("127.0.0.1", "localhost");
    }

    /** The environment variables that point the platform at this provider. */
    public Map<String, String> asEnvironment() {
        return Map.of("UCHAST_OIDC_ISSUER", issuer(), "UCHAST_OIDC_CLIENT_ID", CLIENT_ID,
                "UCHAST_OIDC_CLIENT_SECRET", "demo-secret-not-for-production");
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

package ua.uchast.platform.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deployment's {@link MailSettings}, from UCHAST_SMTP_* and UCHAST_PUBLIC_URL. */
@ApplicationScoped
public class MailConfiguration {

    @Produces
    MailSettings settings(@ConfigProperty(name = "uchast.smtp.host") Optional<String> host,
            @ConfigProperty(name = "uchast.smtp.port", defaultValue = "25") int port,
            @ConfigProperty(name = "uchast.smtp.from", defaultValue = "noreply@uchast.localhost") String from,
            @ConfigProperty(name = "uchast.smtp.user") Optional<String> user,
            @ConfigProperty(name = "uchast.smtp.password") Optional<String> password,
            @ConfigProperty(name = "uchast.smtp.starttls", defaultValue = "false") boolean startTls,
            @ConfigProperty(name = "uchast.public-url") Optional<String> publicUrl) {
        return new MailSettings(host.filter(value -> !value.isBlank()), port, from, user.filter(value -> !value.isBlank()), password,
                startTls, publicUrl.filter(value -> !value.isBlank()));
    }
}

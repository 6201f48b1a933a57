package ua.uchast.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Staff sign in on our own Faces page (/login); the identity store is {@code StaffIdentityStore}. */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "",
        useForwardToLogin = false))
@DeclareRoles({"ADMINISTRATOR", "COMMISSION", "OPERATOR"})
@ApplicationScoped
public class SecurityConfiguration {
}

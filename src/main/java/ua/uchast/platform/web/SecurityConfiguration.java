package ua.uchast.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Staff sign in through {@link StaffFormMechanism} (identity store
 * {@code StaffIdentityStore}), residents through their identity provider; {@link SignInRouter} chooses per request.
 */
@DeclareRoles({"ADMINISTRATOR", "COMMISSION", "OPERATOR", "RESIDENT"})
@ApplicationScoped
public class SecurityConfiguration {
}

package ua.uchast.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application: the staff roles and the residents'. How each signs in is a {@link SignInRoute} of the
 * component that owns it; {@link SignInRouter} chooses per request.
 */
@DeclareRoles({"ADMINISTRATOR", "COMMISSION", "OPERATOR", "EXECUTOR", "PLATFORM_OPERATOR", "RESIDENT"})
@ApplicationScoped
public class SecurityConfiguration {
}

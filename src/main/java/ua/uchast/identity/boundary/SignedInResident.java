package ua.uchast.identity.boundary;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** {@link CurrentResident} from the Jakarta Security caller, looked up once per request; staff and visitors are none. */
@RequestScoped
public class SignedInResident implements CurrentResident {

    private SecurityContext securityContext;
    private ResidentRegistry registry;
    private Optional<Resident> resident;

    protected SignedInResident() {
    }

    @Inject
    public SignedInResident(SecurityContext securityContext, ResidentRegistry registry) {
        this.securityContext = securityContext;
        this.registry = registry;
    }

    @Override
    public Optional<Resident> get() {
        if (resident == null) {
            Principal caller = securityContext.getCallerPrincipal();
            resident = caller == null || !securityContext.isCallerInRole(ResidentPrincipal.ROLE) ? Optional.empty()
                    : ResidentPrincipal.residentIdIn(caller.getName()).flatMap(registry::byId);
        }
        return resident;
    }
}

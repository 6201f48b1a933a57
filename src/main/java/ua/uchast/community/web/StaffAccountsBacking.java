package ua.uchast.community.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.NewStaffAccount;
import ua.uchast.community.boundary.StaffDirectory;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.web.Ids;

/**
 * An administrator's list of their hromada's staff: open an account; deactivate one (after confirming) and reactivate
 * it; change a role; reset a forgotten password (after confirming; the one-time password is shown once); let a
 * throttled member sign in again.
 */
@Named
@RequestScoped
public class StaffAccountsBacking {

    /**
     * What the confirmation box asks about, from the page's address (?confirm=deactivate&amp;account=5); the box's form
     * posts back to that address, so the box is there again when its button is decoded.
     */
    public enum Confirmation {
        DEACTIVATE, RESET
    }

    @Inject
    StaffDirectory directory;

    private final NewStaffAccount form = new NewStaffAccount();
    private final Map<Long, String> newRoles = new HashMap<>();
    private List<StaffAccount> accounts;
    private String confirm;
    private Long account;

    @PostConstruct
    void load() {
        confirm = Faces.getRequestParameter("confirm");
        String accountParameter = Faces.getRequestParameter("account");
        account = accountParameter == null ? null : Ids.parse(accountParameter);
        accounts = directory.accountsOfMyHromada();
        accounts.forEach(staffAccount -> newRoles.put(staffAccount.id(), staffAccount.role().name()));
    }

    public void open() throws IOException {
        StaffAccount opened = directory.open(form);
        Messages.addFlashGlobalInfo("staff.opened", opened.username());
        redirectToList();
    }

    public void deactivate(Long accountId) throws IOException {
        directory.deactivate(accountId);
        Messages.addFlashGlobalInfo("staff.deactivated");
        redirectToList();
    }

    public void reactivate(Long accountId) throws IOException {
        directory.reactivate(accountId);
        Messages.addFlashGlobalInfo("staff.reactivated");
        redirectToList();
    }

    public void changeRole(Long accountId) throws IOException {
        String role = newRoles.get(accountId);
        StaffRole newRole = Arrays.stream(StaffRole.values()).filter(candidate -> candidate.name().equals(role)).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldViolation.general("staff.role.invalid")));
        directory.changeRole(accountId, newRole);
        Messages.addFlashGlobalInfo("staff.roleChanged");
        redirectToList();
    }

    public void resetPassword(Long accountId) throws IOException {
        String oneTimePassword = directory.resetPassword(accountId);
        Messages.addFlashGlobalInfo("staff.passwordReset", usernameOf(accountId), oneTimePassword);
        redirectToList();
    }

    public void unlock(Long accountId) throws IOException {
        directory.unlock(accountId);
        Messages.addFlashGlobalInfo("staff.unlocked", usernameOf(accountId));
        redirectToList();
    }

    /** Minutes the member must still wait before signing in; zero when they may. */
    public long lockedMinutes(Long accountId) {
        Duration wait = directory.lockedFor(accountId);
        return wait.isZero() ? 0 : Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** The account the confirmation box asks about, if the address asks for one of the list. */
    public Optional<StaffAccount> getConfirming() {
        return getConfirmation() == null ? Optional.empty()
                : accounts.stream().filter(listed -> listed.id().equals(account)).findFirst();
    }

    public Confirmation getConfirmation() {
        return Arrays.stream(Confirmation.values()).filter(value -> value.name().equalsIgnoreCase(confirm)).findFirst()
                .orElse(null);
    }

    private String usernameOf(Long accountId) {
        return accounts.stream().filter(listed -> listed.id().equals(accountId)).map(StaffAccount::username).findFirst()
                .orElse("");
    }

    private static void redirectToList() throws IOException {
        Faces.redirect(Faces.getRequestURI());
    }

    public List<StaffRole> getRoles() {
        return StaffRole.ofHromadas();
    }

    public NewStaffAccount getForm() {
        return form;
    }

    public Map<Long, String> getNewRoles() {
        return newRoles;
    }

    public List<StaffAccount> getAccounts() {
        return accounts;
    }

}

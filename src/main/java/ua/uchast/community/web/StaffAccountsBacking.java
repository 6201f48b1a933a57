package ua.uchast.community.web;

import java.io.IOException;
import java.util.List;

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

/** An administrator's list of their hromada's staff: open an account, deactivate one. */
@Named
@RequestScoped
public class StaffAccountsBacking {

    @Inject
    StaffDirectory directory;

    private final NewStaffAccount form = new NewStaffAccount();
    private List<StaffAccount> accounts;

    @PostConstruct
    void load() {
        accounts = directory.accountsOfMyHromada();
    }

    public void open() throws IOException {
        StaffAccount account = directory.open(form);
        Messages.addFlashGlobalInfo("staff.opened", account.username());
        Faces.redirect(Faces.getRequestURI());
    }

    public void deactivate(Long accountId) throws IOException {
        directory.deactivate(accountId);
        Messages.addFlashGlobalInfo("staff.deactivated");
        Faces.redirect(Faces.getRequestURI());
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public NewStaffAccount getForm() {
        return form;
    }

    public List<StaffAccount> getAccounts() {
        return accounts;
    }
}

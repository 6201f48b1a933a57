package ua.uchast.community.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** What the platform operator enters to open a hromada on the platform with its first administrator. */
public class NewHromada implements Serializable {

    private static final long serialVersionUID = 1L;

    private String slug;
    private String nameUk;
    private String nameEn;
    private String settlements;
    private String administratorUsername;
    private String administratorFullName;
    private String administratorEmail;
    private boolean administratorsNeedSecondFactor = true;

    /** The settlements, one a line, blank lines skipped. */
    public List<String> settlementNames() {
        return settlements == null ? List.of()
                : Arrays.stream(settlements.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameUk() {
        return nameUk;
    }

    public void setNameUk(String nameUk) {
        this.nameUk = nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSettlements() {
        return settlements;
    }

    public void setSettlements(String settlements) {
        this.settlements = settlements;
    }

    public String getAdministratorUsername() {
        return administratorUsername;
    }

    public void setAdministratorUsername(String administratorUsername) {
        this.administratorUsername = administratorUsername;
    }

    public String getAdministratorFullName() {
        return administratorFullName;
    }

    public void setAdministratorFullName(String administratorFullName) {
        this.administratorFullName = administratorFullName;
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = administratorEmail;
    }

    public boolean isAdministratorsNeedSecondFactor() {
        return administratorsNeedSecondFactor;
    }

    public void setAdministratorsNeedSecondFactor(boolean administratorsNeedSecondFactor) {
        this.administratorsNeedSecondFactor = administratorsNeedSecondFactor;
    }
}

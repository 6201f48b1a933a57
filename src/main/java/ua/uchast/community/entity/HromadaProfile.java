package ua.uchast.community.entity;

import java.io.Serializable;

/**
 * What a hromada tells about itself, as its administrator edits it: a short description, how to reach it, its
 * population of voting age (the base of turnout), its regulation on the participatory budget (положення), and whether
 * its administrators must use a second factor.
 */
public class HromadaProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String contactAddress;
    private String contactPhone;
    private String contactEmail;
    private String website;
    private Integer votingAgePopulation;
    private String regulation;
    private boolean administratorsNeedSecondFactor;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Integer getVotingAgePopulation() {
        return votingAgePopulation;
    }

    public void setVotingAgePopulation(Integer votingAgePopulation) {
        this.votingAgePopulation = votingAgePopulation;
    }

    public String getRegulation() {
        return regulation;
    }

    public void setRegulation(String regulation) {
        this.regulation = regulation;
    }

    public boolean isAdministratorsNeedSecondFactor() {
        return administratorsNeedSecondFactor;
    }

    public void setAdministratorsNeedSecondFactor(boolean administratorsNeedSecondFactor) {
        this.administratorsNeedSecondFactor = administratorsNeedSecondFactor;
    }
}

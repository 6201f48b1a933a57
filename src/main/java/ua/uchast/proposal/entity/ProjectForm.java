package ua.uchast.proposal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Everything an author types into the project form; the project checks it when saved or submitted. */
public class ProjectForm implements Serializable {

    private String title;
    private Long categoryId;
    private Long territoryId;
    private String summary;
    private String problem;
    private String solution;
    private String beneficiaries;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private List<EstimateLineForm> estimate = new ArrayList<>();
    private List<CoAuthorForm> coAuthors = new ArrayList<>();
    private String contactEmail;
    private String contactPhone;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(String beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public List<EstimateLineForm> getEstimate() {
        return estimate;
    }

    public void setEstimate(List<EstimateLineForm> estimate) {
        this.estimate = estimate;
    }

    public List<CoAuthorForm> getCoAuthors() {
        return coAuthors;
    }

    public void setCoAuthors(List<CoAuthorForm> coAuthors) {
        this.coAuthors = coAuthors;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** Σ quantity × unit price of the lines typed so far, for showing while typing; the project computes its own. */
    public long estimateTotal() {
        try {
            return Estimate.totalSoFar(estimate);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}

package ua.uchast.implementation.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.entity.StaffAccount;
import ua.uchast.implementation.boundary.ImplementationDesk;
import ua.uchast.implementation.boundary.ProgressCatalogue;
import ua.uchast.implementation.boundary.WinnerProgress;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.implementation.entity.PlanForm;
import ua.uchast.implementation.entity.ReportForm;
import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.platform.web.Uploads;

/**
 * One winner as staff keep it up to date (/implementation/staff/project?id=): the plan and money, the status (a
 * change asks for confirmation first), progress reports with photos and, for an administrator, who is responsible.
 */
@Named
@ViewScoped
public class ImplementationWorkBacking implements Serializable {

    @Inject
    ImplementationDesk desk;

    @Inject
    ProgressCatalogue progress;

    @Inject
    PhotoInspection photos;

    private Long id;
    private PlanForm plan;
    private ReportForm report;
    private Long executorId;
    private ImplementationStatus confirming;
    private String reason;
    private transient List<Part> photoFiles;
    private transient WinnerProgress winner;

    public void load() {
        plan = getWinner().implementation().toForm();
        executorId = getWinner().implementation().executorId();
        report = new ReportForm();
        report.setReportedOn(progress.today());
    }

    public void savePlan() throws IOException {
        desk.revise(id, plan);
        done("implementation.plan.saved");
    }

    public void assign() throws IOException {
        desk.assign(id, executorId);
        done("implementation.assign.done");
    }

    /** The first click on a status only asks for confirmation: a finished project cannot be reopened. */
    public void confirm(ImplementationStatus status) {
        confirming = status;
    }

    public void cancel() {
        confirming = null;
    }

    public void changeStatus() throws IOException {
        desk.changeStatus(id, confirming, reason);
        done("implementation.status.changed");
    }

    public void postReport() throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (Part part : photoFiles == null ? List.<Part>of() : photoFiles) {
            Uploads.read(part, photos.maxBytes()).ifPresent(files::add);
        }
        desk.postReport(id, report, files);
        done("implementation.report.posted");
    }

    private void done(String messageKey) throws IOException {
        Messages.addFlashGlobalInfo(messageKey);
        Faces.redirect("implementation/staff/project?id=" + id);
    }

    public WinnerProgress getWinner() {
        if (winner == null) {
            winner = desk.winner(id);
        }
        return winner;
    }

    public Set<ImplementationStatus> getNextStatuses() {
        return getWinner().implementation().status().next();
    }

    public List<StaffAccount> getExecutors() {
        return desk.executors();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanForm getPlan() {
        return plan;
    }

    public ReportForm getReport() {
        return report;
    }

    public Long getExecutorId() {
        return executorId;
    }

    public void setExecutorId(Long executorId) {
        this.executorId = executorId;
    }

    public ImplementationStatus getConfirming() {
        return confirming;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Part> getPhotoFiles() {
        return photoFiles;
    }

    public void setPhotoFiles(List<Part> photoFiles) {
        this.photoFiles = photoFiles;
    }
}

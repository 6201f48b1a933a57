package ua.uchast.tally.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.platform.web.Ids;
import ua.uchast.tally.boundary.CycleExclusiveGroups;
import ua.uchast.tally.boundary.ExclusiveGroups;
import ua.uchast.tally.entity.ExclusiveGroup;

/** An administrator declares groups of mutually exclusive projects of a cycle, or removes one, until voting opens. */
@Named
@ViewScoped
public class ExclusiveGroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExclusiveGroups exclusiveGroups;

    private String id;
    private List<Long> selected = new ArrayList<>();
    private String reason;
    private transient CycleExclusiveGroups groups;

    /** Refuses another hromada's cycle (or anyone but its administrator) before anything is shown. */
    public void load() {
        getGroups();
    }

    public void declare() throws IOException {
        exclusiveGroups.declare(Ids.parse(id), selected, reason);
        Messages.addFlashGlobalInfo("tally.groups.declared");
        reload();
    }

    public void remove(Long groupId) throws IOException {
        exclusiveGroups.remove(Ids.parse(id), groupId);
        Messages.addFlashGlobalInfo("tally.groups.removed");
        reload();
    }

    /** "12 Лавки в парку" for each project of the group; a project no longer accepted by its id alone. */
    public String projectsOf(ExclusiveGroup group) {
        return group.projectIds().stream().map(projectId -> getGroups().project(projectId)
                .map(project -> projectId + " " + project.title()).orElse(projectId.toString()))
                .collect(Collectors.joining("; "));
    }

    public CycleExclusiveGroups getGroups() {
        if (groups == null) {
            groups = exclusiveGroups.of(Ids.parse(id));
        }
        return groups;
    }

    private void reload() throws IOException {
        Faces.redirect("tally/admin/exclusions?id=" + Ids.parse(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

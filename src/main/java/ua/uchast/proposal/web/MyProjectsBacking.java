package ua.uchast.proposal.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.Project;

/** The resident's own projects with their status and the latest decision about each: how the app tells the author. */
@Named
@RequestScoped
public class MyProjectsBacking {

    @Inject
    ProjectSubmission submission;

    @Inject
    CurrentResident currentResident;

    private List<Project> projects = List.of();

    /** Runs after the page's resident gate, which has sent a visitor to sign in. */
    public void load() {
        if (currentResident.get().isPresent()) {
            projects = submission.myProjects();
        }
    }

    public List<Project> getProjects() {
        return projects;
    }
}

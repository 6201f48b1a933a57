package ua.uchast.proposal.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.identity.web.ResidentSignInGate;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.Project;

/** The resident's own projects with their status and the latest decision about each: how the app tells the author. */
@Named
@RequestScoped
public class MyProjectsBacking {

    @Inject
    ProjectSubmission submission;

    @Inject
    ResidentSignInGate gate;

    private List<Project> projects = List.of();

    public void load() throws IOException {
        if (gate.admit()) {
            projects = submission.myProjects();
        }
    }

    public List<Project> getProjects() {
        return projects;
    }
}

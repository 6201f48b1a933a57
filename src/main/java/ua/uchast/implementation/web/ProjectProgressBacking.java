package ua.uchast.implementation.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.implementation.boundary.ProgressCatalogue;
import ua.uchast.implementation.boundary.WinnerProgress;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/** The implementation part of a winner's page (/proposal/project?id=): where it stands and its timeline. */
@Named
@RequestScoped
public class ProjectProgressBacking {

    @Inject
    ProgressCatalogue progress;

    private final Map<Long, Optional<WinnerProgress>> read = new HashMap<>();

    /** The winner's progress; null for a project that did not win. */
    public WinnerProgress of(Project project) {
        return read.computeIfAbsent(project.id(), id -> ProjectCatalogue.won(project) ? progress.ofProject(id)
                : Optional.empty()).orElse(null);
    }
}

package ua.uchast.implementation.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.implementation.control.FollowerRepository;
import ua.uchast.implementation.control.UnsubscribeTokens;
import ua.uchast.implementation.entity.Follower;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/**
 * Residents follow a winner by e-mail while signed in (one address per resident and project) and stop following;
 * anyone holding the link from a letter unsubscribes without signing in, and may take it back on the same page.
 */
@ApplicationScoped
@Transactional
public class Following {

    private CurrentResident currentResident;
    private ProjectCatalogue projects;
    private HromadaCatalog hromadas;
    private FollowerRepository followers;
    private UnsubscribeTokens tokens;
    private Clock clock;

    protected Following() {
    }

    @Inject
    public Following(CurrentResident currentResident, ProjectCatalogue projects, HromadaCatalog hromadas, FollowerRepository followers,
            UnsubscribeTokens tokens, Clock clock) {
        this.currentResident = currentResident;
        this.projects = projects;
        this.hromadas = hromadas;
        this.followers = followers;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * How the signed-in resident follows the winner: the address news goes to (null when it goes nowhere), whether
     * only because they are its author, and the address to suggest when they do not follow.
     */
    public record FollowState(Project project, String email, boolean asAuthor, String suggestedEmail) {

        public boolean isFollowing() {
            return email != null;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowState state(Long projectId) {
        Resident resident = requireResident();
        Project project = winner(projectId);
        Optional<Follower> following = followers.ofResident(projectId, resident.id()).stream().filter(Follower::isActive).findFirst();
        if (following.isPresent()) {
            return new FollowState(project, following.get().email(), following.get().isAuthor(), null);
        }
        if (followsAutomatically(project, resident)) {
            return new FollowState(project, Follower.normalized(project.contactEmail()), true, null);
        }
        return new FollowState(project, null, false, followers.latestEmailOf(resident.id())
                .orElse(project.isAuthor(resident.id()) ? project.contactEmail() : null));
    }

    /** The resident follows the winner at this address (their earlier address for it, if another, stops). */
    public Follower follow(Long projectId, String email) {
        Resident resident = requireResident();
        Project project = winner(projectId);
        hromadas.requireActive(project.hromadaId());
        String address = Follower.normalized(email);
        LocalDateTime now = KyivTime.nowUtc(clock);
        followers.ofResident(projectId, resident.id()).stream().filter(follower -> !follower.email().equals(address))
                .forEach(follower -> follower.unsubscribe(now));
        Optional<Follower> existing = followers.byEmail(projectId, address);
        existing.ifPresent(follower -> follower.followedBy(resident.id(), now));
        return existing.orElseGet(() -> followers.add(Follower.resident(projectId, resident.id(), address, now)));
    }

    /** The resident stops following; an author who followed only by default is kept from being added again. */
    public void unfollow(Long projectId) {
        Resident resident = requireResident();
        Project project = winner(projectId);
        LocalDateTime now = KyivTime.nowUtc(clock);
        if (followsAutomatically(project, resident)) {
            followers.add(Follower.author(projectId, resident.id(), project.contactEmail(), now)).unsubscribe(now);
        }
        followers.ofResident(projectId, resident.id()).forEach(follower -> follower.unsubscribe(now));
    }

    /** The letter's link: no sign-in, the token proves it came from the letter. A wrong token finds nothing. */
    public Follower unsubscribe(Long followerId, String token) {
        Follower follower = byToken(followerId, token);
        follower.unsubscribe(KyivTime.nowUtc(clock));
        return follower;
    }

    /** Takes an unsubscription made with the letter's link back (a click by mistake). */
    public Follower resubscribe(Long followerId, String token) {
        Follower follower = byToken(followerId, token);
        hromadas.requireActive(projects.project(follower.projectId()).hromadaId());
        follower.followedBy(follower.residentId(), KyivTime.nowUtc(clock));
        return follower;
    }

    /** The winner's title for the page a letter's link opens. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project projectOf(Follower follower) {
        return projects.project(follower.projectId());
    }

    private Follower byToken(Long followerId, String token) {
        if (!tokens.matches(followerId, token)) {
            throw new NotFoundException();
        }
        return followers.byId(followerId).orElseThrow(NotFoundException::new);
    }

    /** The author, with a contact address no row speaks for yet: news goes there without asking. */
    private boolean followsAutomatically(Project project, Resident resident) {
        if (!project.isAuthor(resident.id()) || project.contactEmail() == null) {
            return false;
        }
        try {
            return followers.byEmail(project.id(), Follower.normalized(project.contactEmail())).isEmpty();
        } catch (InvalidInputException unusable) {
            return false;
        }
    }

    private Project winner(Long projectId) {
        Project project = projects.project(projectId);
        if (!ProjectCatalogue.won(project)) {
            throw new InvalidInputException(FieldViolation.general("implementation.notWinner"));
        }
        return project;
    }

    private Resident requireResident() {
        return currentResident.get().orElseThrow(AccessDeniedException::new);
    }
}

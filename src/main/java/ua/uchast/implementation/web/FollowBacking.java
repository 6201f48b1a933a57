package ua.uchast.implementation.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.implementation.boundary.Following;
import ua.uchast.implementation.boundary.Following.FollowState;

/**
 * A signed-in resident follows a winner by e-mail, or stops (/implementation/follow?id=; the page sends a visitor to
 * the residents' sign-in first and back here afterwards).
 */
@Named
@ViewScoped
public class FollowBacking implements Serializable {

    @Inject
    Following following;

    private Long id;
    private String email;
    private transient FollowState state;

    public void load() {
        email = getState().isFollowing() ? getState().email() : getState().suggestedEmail();
    }

    public void follow() throws IOException {
        following.follow(id, email);
        done("implementation.follow.done");
    }

    public void unfollow() throws IOException {
        following.unfollow(id);
        done("implementation.unfollow.done");
    }

    private void done(String messageKey) throws IOException {
        Messages.addFlashGlobalInfo(messageKey);
        Faces.redirect("proposal/project?id=" + id);
    }

    public FollowState getState() {
        if (state == null) {
            state = following.state(id);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

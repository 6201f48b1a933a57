package ua.uchast.implementation.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import ua.uchast.implementation.boundary.Following;
import ua.uchast.implementation.entity.Follower;
import ua.uchast.proposal.entity.Project;

/**
 * The page a letter's unsubscribe link opens (/implementation/unsubscribe?f=&t=): opening it unsubscribes at once,
 * without signing in; a click by mistake is taken back with one button.
 */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    @Inject
    Following following;

    private Long followerId;
    private String token;
    private boolean subscribed;
    private transient Project project;

    public void load() {
        Follower follower = following.unsubscribe(followerId, token);
        project = following.projectOf(follower);
        subscribed = false;
    }

    public void resubscribe() {
        Follower follower = following.resubscribe(followerId, token);
        project = following.projectOf(follower);
        subscribed = true;
        Messages.addGlobalInfo("implementation.unsubscribe.undone");
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public Project getProject() {
        return project;
    }

    public Long getFollowerId() {
        return followerId;
    }

    public void setFollowerId(Long followerId) {
        this.followerId = followerId;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

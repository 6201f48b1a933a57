package ua.uchast.community.boundary;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.control.LoginThrottle;

/** Tells the sign-in page whether to even try: after repeated failures the caller must wait. */
@ApplicationScoped
public class StaffSignIn {

    private LoginThrottle throttle;

    protected StaffSignIn() {
    }

    @Inject
    public StaffSignIn(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    public Duration waitBeforeAttempt(String username, String address) {
        return throttle.waitBeforeAttempt(username, address);
    }
}

package ua.uchast.platform.web;

import ua.uchast.platform.control.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.omnifaces.util.Messages;

/**
 * OmniFaces message helpers take bundle keys everywhere in the web layer, in the viewer's language (their cookie, not
 * the view's locale, which is still the browser's during the actions before the page renders).
 */
@ApplicationScoped
public class MessagesSetup {

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Messages.setResolver((key, arguments) -> UiText.format(LocaleBacking.current(), key, arguments));
    }
}

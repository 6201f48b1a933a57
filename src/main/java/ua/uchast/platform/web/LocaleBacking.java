package ua.uchast.platform.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.platform.control.UiText;

/** The viewer's language, kept in a cookie by {@link LanguageFilter}; Ukrainian unless English was chosen. */
@Named
@RequestScoped
public class LocaleBacking {

    public static final Locale DEFAULT = UiText.UKRAINIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    public Locale getLocale() {
        return current();
    }

    /** The viewer's language in this request, whatever the phase (the view's own locale is set only as it renders). */
    public static Locale current() {
        return LanguageFilter.ENGLISH.equals(Faces.getRequestCookie(LanguageFilter.COOKIE)) ? ENGLISH : DEFAULT;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}

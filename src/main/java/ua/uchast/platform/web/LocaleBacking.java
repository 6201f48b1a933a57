package ua.uchast.platform.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

/** The viewer's language, kept in a cookie by {@link LanguageFilter}; Ukrainian unless English was chosen. */
@Named
@RequestScoped
public class LocaleBacking {

    public static final Locale DEFAULT = Locale.forLanguageTag("uk");
    public static final Locale ENGLISH = Locale.ENGLISH;

    public Locale getLocale() {
        return LanguageFilter.ENGLISH.equals(Faces.getRequestCookie(LanguageFilter.COOKIE)) ? ENGLISH : DEFAULT;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}

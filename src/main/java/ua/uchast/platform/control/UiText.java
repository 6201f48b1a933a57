package ua.uchast.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text bundle ({@code ua.uchast.i18n.messages}): Ukrainian first, English second. A message argument that is
 * itself a key of the bundle (say, the name of another field) is translated too.
 */
public final class UiText {

    public static final String BUNDLE = "ua.uchast.i18n.messages";
    /** The platform's first language; English is the second. */
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    /** English is the base bundle: asking for it must not fall back to the JVM's default locale (say, Ukrainian). */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private UiText() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        Object[] translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            translated[i] = argument instanceof String text && bundle.containsKey(text) ? bundle.getString(text)
                    : argument instanceof Number number ? groupDigits(number.longValue()) : argument;
        }
        return new MessageFormat(pattern, locale).format(translated);
    }

    /** A number in running text: grouped like an amount, but four digits (a year) stay as they are. */
    public static String groupDigits(long value) {
        return Math.abs(value) < 10_000 ? Long.toString(value) : groupAmount(value);
    }

    /** 1 500 000, 7 000: how Ukrainians write amounts, never with a decimal point. */
    public static String groupAmount(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }
}

package ua.uchast.platform.web;

import ua.uchast.platform.control.UiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.Money;

/** How the pages write money and dates: "1 500 000 грн", "1 331 751,11 PLN", "07.03.2027". */
@Named
@ApplicationScoped
public class FormatBacking {

    private static final String HRYVNIA_SIGN = "грн";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    public String hryvnias(Money money) {
        return money == null ? "" : UiText.groupAmount(money.hryvnias()) + "\u00a0" + HRYVNIA_SIGN;
    }

    /**
     * An exact amount in a currency, as an imported election has it: "1 331 751,11 PLN" ("1 331 751.11 PLN" in English),
     * "500 000 PLN" when it has no fraction; hryvnias (UAH) as "грн".
     */
    public String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal exact = amount.stripTrailingZeros();
        String whole = UiText.groupAmount(exact.setScale(0, RoundingMode.DOWN).longValueExact());
        String fraction = exact.scale() <= 0 ? "" : decimalSeparator()
                + exact.setScale(Math.max(2, exact.scale())).toPlainString().replaceFirst("^\\d+\\.", "");
        return whole + fraction + "\u00a0" + (Money.CURRENCY_CODE.equals(currency) ? HRYVNIA_SIGN : currency);
    }

    private static String decimalSeparator() {
        return LocaleBacking.ENGLISH.equals(LocaleBacking.current()) ? "." : ",";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A file's size as people read it: "640 байт", "78,5 КБ", "4,2 МБ" (in the page's language). */
    public String fileSize(long bytes) {
        return fileSize(bytes, org.omnifaces.util.Faces.getLocale());
    }

    static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024) {
            return UiText.format(locale, "format.bytes", bytes);
        }
        boolean megabytes = bytes >= 1024 * 1024;
        double amount = bytes / (megabytes ? 1024.0 * 1024 : 1024.0);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMaximumFractionDigits(amount < 100 ? 1 : 0);
        return UiText.format(locale, megabytes ? "format.megabytes" : "format.kilobytes", oneDecimal.format(amount));
    }

    /** A UTC timestamp as Kyiv time. */
    public String dateTime(LocalDateTime utc) {
        return utc == null ? "" : DATE_TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(KyivTime.ZONE));
    }
}

package ua.uchast.platform.web;

import ua.uchast.platform.control.UiText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.Money;

/** How the pages write money and dates: "1 500 000 грн", "07.03.2027". */
@Named
@ApplicationScoped
public class FormatBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    public String hryvnias(Money money) {
        return money == null ? "" : UiText.groupAmount(money.hryvnias()) + "\u00a0грн";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A UTC timestamp as Kyiv time. */
    public String dateTime(LocalDateTime utc) {
        return utc == null ? "" : DATE_TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(KyivTime.ZONE));
    }
}

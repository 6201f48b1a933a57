package ua.uchast.implementation.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A progress report as staff type it: the day it describes and what was done. Photos come with it, apart. */
public class ReportForm implements Serializable {

    private LocalDate reportedOn;
    private String text;

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

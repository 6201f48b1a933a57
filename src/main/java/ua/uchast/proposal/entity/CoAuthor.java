package ua.uchast.proposal.entity;

import ua.uchast.platform.entity.Texts;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who proposes the project together with the author. Private, like the author's contacts. */
@Embeddable
public class CoAuthor implements Serializable {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_CONTACT)
    private String contact;

    protected CoAuthor() {
    }

    CoAuthor(String name, String contact) {
        this.name = name;
        this.contact = contact;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }
}

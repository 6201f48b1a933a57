package ua.uchast.proposal.entity;

import ua.uchast.platform.entity.Texts;

import java.io.Serializable;

/** A co-author as typed into a form. */
public class CoAuthorForm implements Serializable {

    private String name;
    private String contact;

    public CoAuthorForm() {
    }

    public CoAuthorForm(String name, String contact) {
        this.name = name;
        this.contact = contact;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    boolean isBlank() {
        return Texts.stripped(name) == null && Texts.stripped(contact) == null;
    }
}

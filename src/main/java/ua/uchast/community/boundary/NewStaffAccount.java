package ua.uchast.community.boundary;

import java.io.Serializable;

import ua.uchast.community.entity.StaffRole;

/** What an administrator enters to open a staff account. */
public class NewStaffAccount implements Serializable {

    private String username;
    private String fullName;
    private String email;
    private StaffRole role = StaffRole.COMMISSION;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

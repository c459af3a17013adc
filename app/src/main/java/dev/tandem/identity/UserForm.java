package dev.tandem.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * The administrator's "new user" form. A bean, not a record, so that an unknown role comes back to the page with
 * everything else as typed (see ADR 0010); the constraints are those of {@link NewUser}.
 */
public class UserForm {

    @NotNull
    @Pattern(regexp = IdentityLimits.USERNAME)
    @Size(max = IdentityLimits.USERNAME_LENGTH)
    private String username;
    @NotBlank
    @Size(max = IdentityLimits.DISPLAY_NAME)
    @CleanText
    private String displayName;
    @NotNull
    private Role role;
    @Size(max = IdentityLimits.PARTY)
    @CleanText
    private String party;
    @Size(max = IdentityLimits.ORGANISATION)
    @CleanText
    private String organisation;
    @Email
    @Size(max = IdentityLimits.EMAIL)
    @CleanText
    private String email;

    NewUser toNewUser() {
        return new NewUser(username, displayName, role, party, organisation, null,
                email == null || email.isBlank() ? null : email.strip());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}

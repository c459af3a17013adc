package dev.tandem.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * What it takes to create an account: the body of {@code POST /api/users}. {@code password} may be null: a random
 * one is made and returned once. {@link UserManagement} adds the checks that need other accounts and parties,
 * and the password's length (at least some characters, at most some UTF-8 bytes: a {@code @Size} with a least
 * length alone would be said as "12 to 2,147,483,647 characters"). {@code email} may be null: notices then reach
 * the user in the app alone.
 */
public record NewUser(@NotNull @Pattern(regexp = IdentityLimits.USERNAME) String username,
                      @NotBlank @Size(max = IdentityLimits.DISPLAY_NAME) @CleanText String displayName,
                      @NotNull Role role,
                      @Size(max = IdentityLimits.PARTY) @CleanText String party,
                      @Size(max = IdentityLimits.ORGANISATION) @CleanText String organisation,
                      @CleanText String password,
                      @Email @Size(max = IdentityLimits.EMAIL) @CleanText String email) {

    /** An account without an e-mail address. */
    public NewUser(String username, String displayName, Role role, String party, String organisation,
                   String password) {
        this(username, displayName, role, party, organisation, password, null);
    }
}

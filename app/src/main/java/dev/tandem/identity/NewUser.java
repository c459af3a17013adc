package dev.tandem.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * What it takes to create an account: the body of {@code POST /api/users}. {@code password} may be null: a random
 * one is made and returned once. {@link UserManagement} adds the checks that need other accounts and parties,
 * and the password's length (at least some characters, at most some UTF-8 bytes: a {@code @Size} with a least
 * length alone would be said as "12 to 2,147,483,647 characters").
 */
public record NewUser(@NotNull @Pattern(regexp = IdentityLimits.USERNAME) String username,
                      @NotBlank @Size(max = IdentityLimits.DISPLAY_NAME) @CleanText String displayName,
                      @NotNull Role role,
                      @Size(max = IdentityLimits.PARTY) @CleanText String party,
                      @Size(max = IdentityLimits.ORGANISATION) @CleanText String organisation,
                      @CleanText String password) {
}

package dev.tandem.identity;

/** An account as shown to people and written to the journal: no secrets. */
public record UserView(String username, String displayName, Role role, String party, String organisation,
                       String email, boolean locked, boolean enabled) {
}

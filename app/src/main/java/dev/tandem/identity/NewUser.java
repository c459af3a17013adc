package dev.tandem.identity;

/**
 * What it takes to create an account. {@code password} may be null: a random one is made and returned once.
 */
public record NewUser(String username, String displayName, Role role, String party, String organisation,
                      String password) {
}

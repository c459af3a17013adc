package dev.tandem.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;

/**
 * Who is acting now: the one place that reads the security context for the rest of Tandem. A person signed in
 * through a page or the API, {@link SystemActor} for work Tandem does by itself, or nobody.
 * <p>
 * Roles and party come from the authorities sign-in gave (no query); the applicant's organisation is read from the
 * account when asked, since it changes nothing about what the user may do.
 */
@Component
public class CurrentUser {

    private final UserAccounts accounts;

    CurrentUser(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The user name, or empty when nobody is signed in. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The name the journal and the case history record: the user's, or {@value SystemActor#NAME}. */
    public String actorName() {
        return username().orElse(SystemActor.NAME);
    }

    public boolean isSignedIn() {
        return authentication().isPresent();
    }

    /** The roles held now; {@link SystemActor} holds more than one. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().ifPresent(auth -> {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                Role.ofAuthority(authority.getAuthority()).ifPresent(roles::add);
            }
        });
        return roles;
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        Set<Role> held = roles();
        return wanted.stream().anyMatch(held::contains);
    }

    /** An applicant acts only for itself: its own cases, its own answers. */
    public boolean isApplicant() {
        return roles().contains(Role.APPLICANT);
    }

    /** The code of the user's party (e.g. ROK); empty for an applicant and for nobody. */
    public Optional<String> party() {
        return authentication().flatMap(auth -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(Journal.PARTY_AUTHORITY_PREFIX))
                .map(a -> a.substring(Journal.PARTY_AUTHORITY_PREFIX.length()))
                .findFirst());
    }

    /** The organisation an applicant files for; empty for everyone else. */
    public Optional<String> organisation() {
        return username().flatMap(accounts::byUsername).map(UserAccount::organisation);
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}

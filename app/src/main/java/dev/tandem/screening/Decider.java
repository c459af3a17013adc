package dev.tandem.screening;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.journal.Journal;

/**
 * The person acting on a hit, with the roles and the party that the four-eyes rule compares. Read from the signed-in
 * user's authorities ({@code ROLE_CO_CHAIR}, {@code PARTY_ROK}), so that screening needs no identity lookup.
 *
 * @param party null for a person of no party (an applicant, the system)
 */
record Decider(String name, Set<String> roles, String party) {

    private static final String ROLE_PREFIX = "ROLE_";

    static Decider current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return new Decider(Journal.SYSTEM_ACTOR, Set.of(), null);
        }
        Set<String> roles = new TreeSet<>();
        String party = null;
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String a = authority.getAuthority();
            if (a == null) {
                continue;
            }
            if (a.startsWith(ROLE_PREFIX)) {
                roles.add(a.substring(ROLE_PREFIX.length()));
            } else if (a.startsWith(Journal.PARTY_AUTHORITY_PREFIX)) {
                party = a.substring(Journal.PARTY_AUTHORITY_PREFIX.length());
            }
        }
        return new Decider(auth.getName(), Set.copyOf(roles), party);
    }

    /** The role this person decides in: the first of theirs that may decide hits, or null. */
    String decidingRole() {
        return ScreeningHit.DECIDING_ROLES.stream().filter(roles::contains).findFirst().orElse(null);
    }
}

package dev.tandem;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.identity.Role;
import dev.tandem.journal.Journal;

/**
 * Runs test work as a named person with a role and a party (none for an applicant), the way a signed-in request
 * would carry them; the caller's own sign-in is back afterwards. Shared by the tests of every module.
 */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(String user, Role role, String party, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<String> authorities = party == null ? List.of(role.authority())
                : List.of(role.authority(), Journal.PARTY_AUTHORITY_PREFIX + party);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The same, the role named as in the demo users' list ({@code CO_CHAIR}). */
    public static <T> T as(String user, String role, String party, Supplier<T> work) {
        return as(user, Role.valueOf(role), party, work);
    }

    public static <T> T usCoChair(Supplier<T> work) {
        return as("us.cochair", Role.CO_CHAIR, "US", work);
    }

    public static <T> T rokCoChair(Supplier<T> work) {
        return as("rok.cochair", Role.CO_CHAIR, "ROK", work);
    }

    public static <T> T secretariat(Supplier<T> work) {
        return as("secretariat", Role.SECRETARIAT, "ROK", work);
    }

    public static <T> T administrator(Supplier<T> work) {
        return as("admin", Role.ADMINISTRATOR, null, work);
    }
}

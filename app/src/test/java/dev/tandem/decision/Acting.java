package dev.tandem.decision;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test work as a named person with a role and a party, the way a signed-in request would carry them. */
final class Acting {

    private Acting() {
    }

    static <T> T as(String user, String role, String party, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<String> authorities = party == null ? List.of("ROLE_" + role) : List.of("ROLE_" + role, "PARTY_" + party);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static <T> T usCoChair(Supplier<T> work) {
        return as("us.cochair", "CO_CHAIR", "US", work);
    }

    static <T> T rokCoChair(Supplier<T> work) {
        return as("rok.cochair", "CO_CHAIR", "ROK", work);
    }

    static <T> T secretariat(Supplier<T> work) {
        return as("secretariat", "SECRETARIAT", "ROK", work);
    }
}

package dev.tandem.session;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.identity.Role;
import dev.tandem.journal.Journal;

/** Runs test work as a named official of a party, the way a signed-in request would carry them. */
final class Acting {

    private Acting() {
    }

    static <T> T as(String user, Role role, String party, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(List.of(role.authority(), Journal.PARTY_AUTHORITY_PREFIX + party))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

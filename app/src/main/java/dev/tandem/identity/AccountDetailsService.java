package dev.tandem.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dev.tandem.journal.Journal;

/**
 * Gives Spring Security a user's password hash, role and party. The party travels as an authority
 * ({@code PARTY_ROK}) so that other modules can read it without depending on this one.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authoritiesOf(account))
                .accountLocked(account.lockedAt(clock.instant()))
                .disabled(!account.enabled())
                .build();
    }

    static List<GrantedAuthority> authoritiesOf(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(account.role().authority()));
        if (account.partyCode() != null) {
            authorities.add(new SimpleGrantedAuthority(Journal.PARTY_AUTHORITY_PREFIX + account.partyCode()));
        }
        return authorities;
    }
}

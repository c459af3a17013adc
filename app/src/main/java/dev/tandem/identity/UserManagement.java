package dev.tandem.identity;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.CleanTextValidator;
import dev.tandem.common.InputCheck;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.forum.ForumManagement;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The identity module's API: accounts, their roles and parties, passwords and locks. Every change is journaled.
 */
@Service
public class UserManagement {

    private static final Pattern USERNAME = Pattern.compile(IdentityLimits.USERNAME);

    /** A created account and, when Tandem chose it, the password to hand to its owner (shown once). */
    public record Created(UserView user, String initialPassword) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ForumManagement forums;
    private final Journal journal;
    private final InputCheck input;
    private final Clock clock;

    UserManagement(UserAccounts accounts, PasswordEncoder encoder, ForumManagement forums, Journal journal,
                   InputCheck input, Clock clock) {
        this.input = input;
        this.accounts = accounts;
        this.encoder = encoder;
        this.forums = forums;
        this.journal = journal;
        this.clock = clock;
    }

    /** The signed-in user, or empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserView> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return java.util.Optional.empty();
        }
        return accounts.byUsername(auth.getName()).map(a -> a.view(clock.instant()));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public List<UserView> users() {
        return accounts.all().stream().map(a -> a.view(clock.instant())).toList();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public Created create(NewUser request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("username", "Pattern.username");
        }
        input.valid(request);
        if (request.role() == null) {
            throw new InvalidInputException("role", "refusal.required");
        }
        String party = request.party() == null || request.party().isBlank() ? null : request.party().strip();
        if (request.role().belongsToParty() && !forums.partyExists(party)) {
            throw party == null
                    ? new InvalidInputException("party", "refusal.identity.partyRequired",
                            new DefaultMessageSourceResolvable(new String[] {"role." + request.role()},
                                    request.role().name()))
                    : new InvalidInputException("party", "refusal.forum.noSuchParty", party);
        }
        if (!request.role().belongsToParty() && party != null) {
            throw new InvalidInputException("party", "refusal.identity.applicantNoParty");
        }
        if (!request.role().belongsToParty()
                && (request.organisation() == null || request.organisation().isBlank())) {
            throw new InvalidInputException("organisation", "refusal.identity.organisationRequired");
        }
        if (accounts.byUsername(request.username()).isPresent()) {
            throw new InvalidInputException("username", "refusal.identity.usernameTaken");
        }
        String password = request.password() == null ? Passwords.random() : request.password();
        if (password.length() < Passwords.MIN_LENGTH) {
            throw new InvalidInputException("password", "refusal.identity.passwordShort", Passwords.MIN_LENGTH);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > IdentityLimits.PASSWORD_MAX_BYTES) {
            throw new InvalidInputException("password", "refusal.identity.passwordLong",
                    IdentityLimits.PASSWORD_MAX_BYTES);
        }
        UserAccount account = new UserAccount(null, request.username(), request.displayName().strip(),
                request.role(), party, blankToNull(request.organisation()), encoder.encode(password), 0, null, true, 1);
        accounts.insert(account);
        UserView view = account.view(clock.instant());
        journal.record(Change.of("identity.account-created", "user", account.username()).to(view));
        return new Created(view, request.password() == null ? password : null);
    }

    /** Lifts a lock before it runs out (the owner proved who they are another way). */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public UserView unlock(String username, String reason) {
        requireReason(reason);
        UserAccount account = find(username);
        accounts.clearFailures(username);
        UserView after = find(username).view(clock.instant());
        journal.record(Change.of("identity.account-unlocked", "user", username)
                .from(account.view(clock.instant())).to(after).because(reason));
        return after;
    }

    /** Replaces a password with a random one and returns it (to be handed to the owner once). */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public String resetPassword(String username, String reason) {
        requireReason(reason);
        find(username);
        String password = Passwords.random();
        accounts.changePassword(username, encoder.encode(password));
        accounts.clearFailures(username);
        journal.record(Change.of("identity.password-reset", "user", username).because(reason));
        return password;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public UserView setEnabled(String username, boolean enabled, String reason) {
        UserAccount account = find(username);
        accounts.setEnabled(username, enabled);
        UserView after = find(username).view(clock.instant());
        journal.record(Change.of(enabled ? "identity.account-enabled" : "identity.account-disabled", "user", username)
                .from(account.view(clock.instant())).to(after).because(reason));
        return after;
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return accounts.count() > 0;
    }

    private UserAccount find(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new NotFoundException("username", "user", username));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "refusal.reasonRequired");
        }
        if (reason.length() > IdentityLimits.REASON) {
            throw new InvalidInputException("reason", "refusal.tooLong", IdentityLimits.REASON);
        }
        if (!CleanTextValidator.isClean(reason)) {
            throw new InvalidInputException("reason", CleanTextValidator.REFUSAL);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

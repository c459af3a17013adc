package dev.tandem.identity;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    /** A created account and, when Tandem chose it, the password to hand to its owner (shown once). */
    public record Created(UserView user, String initialPassword) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ForumManagement forums;
    private final Journal journal;
    private final Clock clock;
    private final CurrentUser user;

    UserManagement(UserAccounts accounts, PasswordEncoder encoder, ForumManagement forums, Journal journal,
                   Clock clock, CurrentUser user) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.forums = forums;
        this.journal = journal;
        this.clock = clock;
        this.user = user;
    }

    /** The signed-in user, or empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserView> currentUser() {
        return user.username().flatMap(accounts::byUsername).map(a -> a.view(clock.instant()));
    }

    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional(readOnly = true)
    public List<UserView> users() {
        return accounts.all().stream().map(a -> a.view(clock.instant())).toList();
    }

    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public Created create(NewUser request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("username",
                    "must be 3 to 60 lower-case letters, digits, dots, hyphens or underscores, starting with a letter");
        }
        if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 200) {
            throw new InvalidInputException("displayName", "is required (at most 200 characters)");
        }
        if (request.role() == null) {
            throw new InvalidInputException("role", "is required");
        }
        String party = request.party() == null || request.party().isBlank() ? null : request.party().strip();
        if (request.role().belongsToParty() && !forums.partyExists(party)) {
            throw new InvalidInputException("party", party == null
                    ? "is required for role " + request.role() : "no party with code " + party);
        }
        if (!request.role().belongsToParty() && party != null) {
            throw new InvalidInputException("party", "an applicant belongs to no party");
        }
        if (!request.role().belongsToParty()
                && (request.organisation() == null || request.organisation().isBlank())) {
            throw new InvalidInputException("organisation", "is required for an applicant");
        }
        if (accounts.byUsername(request.username()).isPresent()) {
            throw new InvalidInputException("username", "is taken");
        }
        String password = request.password() == null ? Passwords.random() : request.password();
        if (password.length() < Passwords.MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + Passwords.MIN_LENGTH + " characters");
        }
        UserAccount account = new UserAccount(null, request.username(), request.displayName().strip(),
                request.role(), party, blankToNull(request.organisation()), encoder.encode(password), 0, null, true, 1);
        accounts.insert(account);
        UserView view = account.view(clock.instant());
        journal.record(Change.of("identity.account-created", "user", account.username()).to(view));
        return new Created(view, request.password() == null ? password : null);
    }

    /** Lifts a lock before it runs out (the owner proved who they are another way). */
    @PreAuthorize("@permissions.mayManageAccounts()")
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
    @PreAuthorize("@permissions.mayManageAccounts()")
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

    @PreAuthorize("@permissions.mayManageAccounts()")
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
            throw new InvalidInputException("reason", "is required: say why, for the journal");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "must be at most 1000 characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

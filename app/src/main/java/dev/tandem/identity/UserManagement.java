package dev.tandem.identity;

import dev.tandem.common.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.CleanTextValidator;
import dev.tandem.common.InputCheck;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
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
    private final CurrentUser user;

    UserManagement(UserAccounts accounts, PasswordEncoder encoder, ForumManagement forums, Journal journal,
                   InputCheck input, Clock clock, CurrentUser user) {
        this.input = input;
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

    /**
     * An enabled member (role MEMBER) of the signed-in user's party, e.g. to delegate to; empty for anyone else, so
     * that nobody learns about another party's accounts.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<UserView> memberOfMyParty(String username) {
        java.util.Optional<String> party = user.party();
        if (party.isEmpty() || username == null) {
            return java.util.Optional.empty();
        }
        return accounts.byUsername(username).map(a -> a.view(clock.instant()))
                .filter(v -> v.enabled() && v.role() == Role.MEMBER && party.get().equals(v.party()));
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
            throw new InvalidInputException("username", "refusal.identity.usernameTaken", request.username());
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
                request.role(), party, Texts.strippedOrNull(request.organisation()),
                Texts.strippedOrNull(request.email()), encoder.encode(password), 0, null, null, true, 1);
        accounts.insert(account);
        UserView view = account.view(clock.instant());
        journal.record(Change.of("identity.account-created", "user", account.username()).to(view));
        return new Created(view, request.password() == null ? password : null);
    }

    /** Lifts a lock before it runs out (the owner proved who they are another way); refused when not locked. */
    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public UserView unlock(String username, String reason) {
        requireReason(reason);
        UserAccount account = findForUpdate(username);
        Instant now = clock.instant();
        UserAccount after = accounts.save(account.unlock(now));
        journal.record(Change.of("identity.account-unlocked", "user", username)
                .from(account.view(now)).to(after.view(now)).because(reason));
        return after.view(now);
    }

    /** Replaces a password with a random one and returns it (to be handed to the owner once). */
    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public String resetPassword(String username, String reason) {
        requireReason(reason);
        UserAccount account = findForUpdate(username);
        String password = Passwords.random();
        accounts.save(account.withPassword(encoder.encode(password)));
        journal.record(Change.of("identity.password-reset", "user", username).because(reason));
        return password;
    }

    /** Lets a disabled account sign in again; refused when it is enabled. */
    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public UserView enable(String username, String reason) {
        requireReason(reason);
        UserAccount account = findForUpdate(username);
        return journaled("identity.account-enabled", account, accounts.save(account.enable()), reason);
    }

    /** Keeps an account from signing in (its history stays); refused when it is disabled, or is the caller's own. */
    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public UserView disable(String username, String reason) {
        requireReason(reason);
        if (user.username().filter(username::equals).isPresent()) {
            throw new RuleViolationException("username", "refusal.identity.disableSelf");
        }
        UserAccount account = findForUpdate(username);
        return journaled("identity.account-disabled", account, accounts.save(account.disable()), reason);
    }

    private UserView journaled(String action, UserAccount before, UserAccount after, String reason) {
        Instant now = clock.instant();
        journal.record(Change.of(action, "user", before.username()).from(before.view(now)).to(after.view(now))
                .because(reason));
        return after.view(now);
    }

    /**
     * Who is told what a party must act on: the enabled members and co-chairs of these parties (never applicants,
     * auditors, the secretariat or administrators). Work Tandem does by itself asks this (reminders, notices), so it
     * needs no permission of its own; it reveals no more than user names and e-mail addresses.
     */
    @Transactional(readOnly = true)
    public List<PartyMember> membersActingFor(java.util.Collection<String> parties) {
        return accounts.actingFor(parties).stream()
                .map(a -> new PartyMember(a.username(), a.partyCode(), a.email())).toList();
    }

    /** Where a user's notices are mailed, if the user is enabled and has an address. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> mailAddressOf(String username) {
        return accounts.byUsername(username).filter(UserAccount::enabled).map(UserAccount::email);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return accounts.count() > 0;
    }

    private UserAccount findForUpdate(String username) {
        return accounts.byUsernameForUpdate(username)
                .orElseThrow(() -> new NotFoundException("username", "user", username));
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

}

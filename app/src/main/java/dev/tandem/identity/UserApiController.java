package dev.tandem.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accounts over HTTP: who am I, and for administrators the accounts themselves. */
@RestController
@RequestMapping("/api")
@Tag(name = "Identity", description = "The signed-in user; accounts (administrator)")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    record Reason(@Size(max = IdentityLimits.REASON) @CleanText String reason) {
    }

    record PasswordIssued(String username, String password) {
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    UserView me() {
        return users.currentUser().orElseThrow(() -> new InvalidInputException("session", "refusal.identity.nobodySignedIn"));
    }

    @GetMapping("/users")
    @Operation(summary = "All accounts (administrator)")
    List<UserView> users() {
        return users.users();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (administrator); without a password a random one is returned once")
    // Checked in UserManagement after the permission: a @Valid here would tell a non-administrator 400, not 403.
    UserManagement.Created create(@RequestBody NewUser request) {
        return users.create(request);
    }

    @PostMapping("/users/{username}/unlock")
    @Operation(summary = "Lift a sign-in lock (administrator)")
    UserView unlock(@PathVariable String username, @Valid @RequestBody(required = false) Reason reason) {
        return users.unlock(username, reason == null ? null : reason.reason());
    }

    @PostMapping("/users/{username}/enable")
    @Operation(summary = "Let a disabled account sign in again (administrator); refused when it is enabled")
    UserView enable(@PathVariable String username, @RequestBody(required = false) Reason reason) {
        return users.enable(username, reason == null ? null : reason.reason());
    }

    @PostMapping("/users/{username}/disable")
    @Operation(summary = "Keep an account from signing in (administrator); refused when it is disabled or your own")
    UserView disable(@PathVariable String username, @RequestBody(required = false) Reason reason) {
        return users.disable(username, reason == null ? null : reason.reason());
    }

    @PostMapping("/users/{username}/password")
    @Operation(summary = "Replace the password with a random one, returned once (administrator)")
    PasswordIssued resetPassword(@PathVariable String username,
                                 @Valid @RequestBody(required = false) Reason reason) {
        return new PasswordIssued(username, users.resetPassword(username, reason == null ? null : reason.reason()));
    }
}

package dev.tandem.identity;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;

/**
 * {@code ./tandem reset-password USER}: the way back in for someone at the server's console who lost a password
 * (the demo passwords are shown only once). Journaled like a reset from the user page.
 */
@Component
class ResetPasswordCommand implements CliCommand {

    private final UserManagement users;

    ResetPasswordCommand(UserManagement users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String summary() {
        return "give a user a new random password, printed once";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem reset-password USER

                Replaces USER's password with a random one, lifts any sign-in lock and prints the
                new password once. The reset is journaled.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            throw new InvalidInputException("USER", "refusal.identity.oneUser");
        }
        String password = users.resetPassword(args.get(0), "reset from the command line");
        out.println(args.get(0) + ": " + password);
        return 0;
    }
}

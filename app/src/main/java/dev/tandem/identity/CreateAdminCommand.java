package dev.tandem.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.Party;

/**
 * {@code ./tandem create-admin USER --party CODE}: the first account of an installation without demo content
 * (TANDEM_DEMO=false), from the server's console. An administrator belongs to a party; in an empty database the
 * party is created too (with {@code --party-name}), in one that has parties it must be one of them, so that a typo
 * cannot found a new government. Party, account and their journal entries are stored together or not at all.
 */
@Component
class CreateAdminCommand implements CliCommand {

    private static final Set<String> VALUED = Set.of("--party", "--name", "--party-name", "--party-name-ko");

    private final UserManagement users;
    private final ForumManagement forums;
    private final TransactionTemplate transaction;

    CreateAdminCommand(UserManagement users, ForumManagement forums, TransactionTemplate transaction) {
        this.users = users;
        this.forums = forums;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String summary() {
        return "create an administrator account (the first one of an installation without demo data)";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem create-admin USER --party CODE [--name NAME] [--password-stdin]
                                             [--party-name NAME [--party-name-ko NAME]]

                Creates the administrator USER of party CODE (e.g. ROK) and prints a random password once.
                  --name NAME          the person's name (default: USER)
                  --password-stdin     read the password from the first line of standard input instead
                                       (at least 12 characters); nothing is printed
                  --party-name NAME    when the database has no party at all, party CODE is created with this
                  --party-name-ko NAME   English and this Korean name (default: the English one)
                Refused when USER exists, or when CODE is not one of the parties of a database that has some.
                The account (and the party) are journaled as created by 'system'.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        String username = null;
        boolean passwordFromStdin = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--password-stdin")) {
                passwordFromStdin = true;
            } else if (VALUED.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new InvalidInputException(arg, "refusal.identity.optionValue", arg);
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new InvalidInputException(arg, "refusal.identity.unknownOption", arg);
            } else if (username == null) {
                username = arg;
            } else {
                throw new InvalidInputException("USER", "refusal.identity.createAdminUsage");
            }
        }
        if (username == null) {
            throw new InvalidInputException("USER", "refusal.identity.createAdminUsage");
        }
        String party = options.get("--party");
        if (party == null) {
            throw new InvalidInputException("--party", "refusal.identity.partyRequired");
        }
        String password = passwordFromStdin ? readPassword() : null;
        String user = username;
        UserManagement.Created created = transaction.execute(status -> {
            ensureParty(party, options.get("--party-name"), options.get("--party-name-ko"));
            return users.create(new NewUser(user, options.getOrDefault("--name", user), Role.ADMINISTRATOR, party,
                    null, password));
        });
        if (created.initialPassword() != null) {
            out.println(user + ": " + created.initialPassword());
        } else {
            out.println(user + ": created");
        }
        return 0;
    }

    private void ensureParty(String code, String nameEn, String nameKo) {
        if (forums.partyExists(code)) {
            return;
        }
        List<Party> parties = forums.parties();
        if (!parties.isEmpty()) {
            throw new InvalidInputException("--party", "refusal.identity.partyUnknownOthersExist", code,
                    parties.stream().map(Party::code).collect(Collectors.joining(", ")));
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new InvalidInputException("--party-name", "refusal.identity.partyNameRequired", code);
        }
        forums.registerParty(code, nameEn, nameKo == null || nameKo.isBlank() ? nameEn : nameKo);
    }

    private static String readPassword() throws IOException {
        // not closed: standard input belongs to the process
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new InvalidInputException("--password-stdin", "refusal.identity.passwordMissing");
        }
        return line;
    }
}

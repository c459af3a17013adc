package dev.tandem.system;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.SystemActor;

/**
 * Dispatches {@code ./tandem <command> [args]} to the module command of that name. Exit codes: 0 done,
 * 1 the command ran and found a problem (e.g. a broken journal), 2 wrong usage or refused input.
 */
@Component
public class CommandLine {

    private final List<CliCommand> commands;

    CommandLine(List<CliCommand> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) {
            out.println("Commands:");
            commands.forEach(c -> out.printf("  %-16s %s%n", c.name(), c.summary()));
            return words.isEmpty() ? 2 : 0;
        }
        CliCommand command = find(words);
        if (command == null) {
            err.println("tandem: unknown command '" + String.join(" ", words) + "'; see ./tandem --help");
            return 2;
        }
        List<String> rest = words.subList(command.name().split(" ").length, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.help());
            return 0;
        }
        try {
            return SystemActor.call(() -> {
                try {
                    return command.run(rest, out, err);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InvalidInputException e) {
            err.println("tandem " + command.name() + ": " + e.field() + ": " + e.reason());
            return 2;
        }
    }

    /** The command whose name the words start with; the longest such name wins. */
    private CliCommand find(List<String> words) {
        String line = String.join(" ", words) + " ";
        return commands.stream()
                .filter(c -> line.startsWith(c.name() + " "))
                .max(Comparator.comparingInt(c -> c.name().length()))
                .orElse(null);
    }
}

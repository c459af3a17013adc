package dev.tandem.journal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;

/** {@code ./tandem journal verify}: recomputes the chain and names each broken entry; exit 1 when broken. */
@Component
class JournalVerifyCommand implements CliCommand {

    private final Journal journal;

    JournalVerifyCommand(Journal journal) {
        this.journal = journal;
    }

    @Override
    public String name() {
        return "journal verify";
    }

    @Override
    public String summary() {
        return "check the hash chain of the journal; exit 1 if any entry was changed";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem journal verify [--anchor FILE]

                Recomputes the hash of every journal entry and its link to the one before.
                Prints 'intact: N entries' and exits 0, or one line per problem
                ('entry 42: content was changed after it was recorded') and exits 1.
                With --anchor FILE (written by './tandem journal anchor') the anchored entry must also still
                be there with the anchored hash, which catches a chain rewritten as a whole.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        JournalVerification result;
        if (args.isEmpty()) {
            result = journal.verify();
        } else if (args.size() == 2 && args.get(0).equals("--anchor")) {
            result = journal.verify(readAnchor(Paths.get(args.get(1))));
        } else {
            throw new InvalidInputException("arguments", "refusal.journal.verifyArguments", String.join(" ", args));
        }
        if (result.intact()) {
            out.println("intact: " + result.entriesChecked() + " entries");
            return 0;
        }
        out.println("BROKEN: " + result.entriesChecked() + " entries checked, " + result.problems().size() + " problems");
        result.problems().forEach(p -> out.println("entry " + p.seq() + ": " + p.reason()));
        return 1;
    }

    private static JournalAnchor readAnchor(Path file) {
        try {
            if (Files.size(file) > 4096) {
                throw new InvalidInputException("--anchor", "refusal.journal.anchorTooLarge", file);
            }
            return JournalAnchor.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--anchor", "refusal.cli.noSuchFile", file);
        } catch (IOException e) {
            throw new InvalidInputException("--anchor", "refusal.cli.unreadable", String.valueOf(e.getMessage()));
        }
    }
}

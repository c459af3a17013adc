package dev.tandem.journal;

import java.io.PrintStream;
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
                Usage: ./tandem journal verify

                Recomputes the hash of every journal entry and its link to the one before.
                Prints 'intact: N entries' and exits 0, or one line per problem
                ('entry 42: content was changed after it was recorded') and exits 1.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            throw new InvalidInputException("arguments", "refusal.journal.noArguments", String.join(" ", args));
        }
        JournalVerification result = journal.verify();
        if (result.intact()) {
            out.println("intact: " + result.entriesChecked() + " entries");
            return 0;
        }
        out.println("BROKEN: " + result.entriesChecked() + " entries checked, " + result.problems().size() + " problems");
        result.problems().forEach(p -> out.println("entry " + p.seq() + ": " + p.reason()));
        return 1;
    }
}

package dev.tandem.journal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.CliCommand;

/** {@code ./tandem journal anchor [--output FILE]}: writes the journal's head down, to be kept outside the database. */
@Component
class JournalAnchorCommand implements CliCommand {

    private final Journal journal;

    JournalAnchorCommand(Journal journal) {
        this.journal = journal;
    }

    @Override
    public String name() {
        return "journal anchor";
    }

    @Override
    public String summary() {
        return "write the journal's head (entry number and hash) to keep outside the database";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem journal anchor [--output FILE]

                Writes the newest journal entry's number, hash and time, and the time of the anchor, to FILE
                (written whole or not at all) or to standard output. Keep it where the database's administrators
                cannot change it (a signed readout, another party's records); later
                './tandem journal verify --anchor FILE' reports a chain that was rewritten as a whole.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path output = null;
        if (args.size() == 2 && args.get(0).equals("--output")) {
            output = Paths.get(args.get(1));
        } else if (!args.isEmpty()) {
            throw new InvalidInputException("arguments", "refusal.cli.expectedArguments", "[--output FILE]",
                    String.join(" ", args));
        }
        JournalAnchor anchor = journal.anchor();
        if (output == null) {
            out.print(anchor.text());
            return 0;
        }
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("--output", "refusal.cli.notAFileInAFolder", output);
        }
        Path temp = Files.createTempFile(target.getParent(), ".anchor", ".tmp");
        try {
            Files.writeString(temp, anchor.text(), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        out.println("anchored: entry " + anchor.seq() + " " + anchor.hash() + " in " + output);
        return 0;
    }
}

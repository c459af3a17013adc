package dev.tandem.screening;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;
import dev.tandem.screening.core.list.ListSource;

/** {@code ./tandem import-list --source un|ofac|opensanctions FILE}. */
@Component
class ImportListCommand implements CliCommand {

    private final ListImport listImport;

    ImportListCommand(ListImport listImport) {
        this.listImport = listImport;
    }

    @Override
    public String name() {
        return "import-list";
    }

    @Override
    public String summary() {
        return "import a sanctions list file as a new list version";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem import-list --source un|ofac|opensanctions FILE

                  un             the UN Security Council Consolidated List (consolidated.xml)
                  ofac           the OFAC SDN legacy CSV set: give sdn.csv; add.csv, alt.csv and
                                 sdn_comments.csv are read from the same folder when present
                  opensanctions  OpenSanctions entities, one JSON object per line

                The file is checked completely before anything is stored: a bad file is refused whole,
                naming the line and the reason. Importing the same file again changes nothing.
                Every name Tandem keeps screening is screened against the added and changed entries.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String source = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--source")) {
                if (i + 1 >= args.size()) {
                    throw new InvalidInputException("--source", "refusal.screening.sourceValue");
                }
                source = args.get(++i);
            } else if (arg.startsWith("--source=")) {
                source = arg.substring("--source=".length());
            } else if (arg.startsWith("-")) {
                throw new InvalidInputException(arg, "refusal.cli.notAnOption", "import-list");
            } else {
                files.add(arg);
            }
        }
        ListSource list = parseSource(source);
        if (files.size() != 1) {
            throw new InvalidInputException("FILE", "refusal.screening.oneFile");
        }
        Path file = Path.of(files.get(0));
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("FILE", "refusal.screening.noFile", file);
        }
        ListImport.Result result = listImport.importFile(list, file, file.getFileName().toString());
        ListVersionSummary v = result.version();
        if (result.alreadyImported()) {
            out.printf("unchanged: this file was imported before as %s version %d (%s)%n", v.source(), v.id(), v.sha256());
            return 0;
        }
        out.printf("imported %s version %d: %d entries (%d persons, %d organisations, %d vessels, %d aircraft)%n",
                v.source(), v.id(), v.entries(), v.persons(), v.organisations(), v.vessels(), v.aircraft());
        out.printf("against the version current before: %d added, %d removed, %d changed; %d new hits raised%n",
                result.added(), result.removed(), result.changed(), result.hitsRaised());
        if (!result.current()) {
            out.println("note: a newer publication of this list is already imported; screening stays on that one");
        }
        return 0;
    }

    private static ListSource parseSource(String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("--source", "refusal.screening.sourceValue");
        }
        try {
            return ListSource.valueOf(source.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--source", "refusal.screening.badSource", source);
        }
    }
}

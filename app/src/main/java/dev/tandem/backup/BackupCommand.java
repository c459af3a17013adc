package dev.tandem.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;

/** {@code ./tandem backup FILE}: the whole database in one portable file. */
@Component
class BackupCommand implements CliCommand {

    private final DatabaseBackup backup;

    BackupCommand(DatabaseBackup backup) {
        this.backup = backup;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write the whole database to one file (H2 or PostgreSQL; restores into either)";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem backup FILE

                Writes every table of the database, read in one consistent snapshot, to FILE: a zip with a
                manifest (format, schema version, each table's row count and SHA-256) and one file of rows per
                table. FILE is written whole or not at all, readable by its owner only (it holds password
                hashes). Runs beside a running server. Restore with ./tandem restore FILE.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new InvalidInputException("FILE", "refusal.cli.expectedArguments", "one file name",
                    "'" + String.join(" ", args) + "'");
        }
        DatabaseBackup.Written written = backup.backup(Paths.get(args.get(0)));
        out.println("backed up: " + written.rows() + " rows in " + written.tables() + " tables, schema version "
                + written.schemaVersion() + ", journal up to entry " + written.journalHead() + ", to " + args.get(0));
        return 0;
    }
}

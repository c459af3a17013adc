package dev.tandem.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;

/** {@code ./tandem restore [--force] FILE}: a backup back into the database, all or nothing. */
@Component
class RestoreCommand implements CliCommand {

    private final DatabaseBackup backup;

    RestoreCommand(DatabaseBackup backup) {
        this.backup = backup;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup file into the database, all or nothing";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem restore [--force] FILE

                Restores a file written by ./tandem backup, into H2 or PostgreSQL whichever wrote it. Before
                anything is touched the file must be whole (each table's SHA-256 and row count), of this
                Tandem's schema version, and its journal chain must verify; otherwise it is refused (exit 2).
                A database whose journal holds entries is replaced only with --force. All or nothing: one
                transaction. Stop the server first (it keeps indexes in memory), and start it again after.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> rest = new ArrayList<>(args);
        boolean force = rest.remove("--force");
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            throw new InvalidInputException("FILE", "refusal.cli.expectedArguments", "[--force] FILE",
                    "'" + String.join(" ", args) + "'");
        }
        DatabaseBackup.Restored restored;
        try {
            restored = backup.restore(Paths.get(rest.get(0)), force);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            err.println("tandem restore: the restore failed and was rolled back, the database is as it was: "
                    + rootMessage(e));
            return 1;
        }
        out.println("restored: " + restored.rows() + " rows in " + restored.tables() + " tables, schema version "
                + restored.schemaVersion() + ", journal intact: " + restored.journalEntries() + " entries");
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

package dev.tandem.common;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of {@code ./tandem}, contributed by the module that owns the work (as a Spring bean).
 * It runs as {@link SystemActor} unless it says otherwise, and reports refusals by throwing
 * {@link InvalidInputException}, which the command line prints as one line and exits 2.
 */
public interface CliCommand {

    /** The words that select it, e.g. "journal verify". */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full help: usage line, options and what it prints, shown by {@code --help}. */
    String help();

    /** Runs with the words after the name; returns the exit code (0 when all went well). */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

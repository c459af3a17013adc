package dev.tandem.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs Tandem commands in a test and keeps what they printed. */
public final class CommandLineHarness {

    private final CommandLine commandLine;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    public CommandLineHarness(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    /** Runs one command line; returns its exit code. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return commandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

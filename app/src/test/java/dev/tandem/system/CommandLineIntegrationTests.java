package dev.tandem.system;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.identity.NewUser;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CommandLineIntegrationTests {

    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserManagement users;

    private CommandLineHarness cli;

    @org.junit.jupiter.api.BeforeEach
    void harness() {
        cli = new CommandLineHarness(commandLine);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void verifiesAnIntactJournal() {
        assertThat(run("journal", "verify")).isZero();
        assertThat(out()).startsWith("intact: ");
    }

    @Test
    void namesTheTamperedEntryAndExitsOne() {
        long seq = jdbc.sql("SELECT MIN(seq) FROM journal_entry").query(Long.class).single();
        String actor = jdbc.sql("SELECT actor FROM journal_entry WHERE seq = :s").param("s", seq).query(String.class).single();
        jdbc.sql("UPDATE journal_entry SET actor = 'mallory' WHERE seq = :s").param("s", seq).update();
        try {
            assertThat(run("journal", "verify")).isEqualTo(1);
            assertThat(out()).contains("BROKEN").contains("entry " + seq + ": content was changed");
        } finally {
            jdbc.sql("UPDATE journal_entry SET actor = :a WHERE seq = :s").param("a", actor).param("s", seq).update();
        }
    }

    @Test
    void listsCommandsAndShowsEachOnesHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("journal verify").contains("reset-password");
        assertThat(run("journal", "verify", "--help")).isZero();
        assertThat(out()).contains("Usage: ./tandem journal verify");
    }

    @Test
    void refusesWrongUsageInOneLine() {
        assertThat(run("journal", "frobnicate")).isEqualTo(2);
        assertThat(err()).isEqualTo("tandem: unknown command 'journal frobnicate'; see ./tandem --help\n");
        assertThat(run("journal", "verify", "now")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).startsWith("tandem journal verify: arguments: takes none");
        assertThat(run("reset-password")).isEqualTo(2);
        assertThat(err()).contains("USER");
        assertThat(run("reset-password", "no-such-user")).isEqualTo(2);
        assertThat(err()).contains("username: no user with id no-such-user");
    }

    @Test
    void resetsAPasswordAndPrintsItOnce() {
        SystemActor.run(() -> users.create(new NewUser("cli.reset", "CLI reset", Role.AUDITOR, "US", null, null)));
        assertThat(run("reset-password", "cli.reset")).isZero();
        assertThat(out()).matches("cli.reset: [A-Za-z0-9]{20}\\n");
    }

    @Test
    void listsTheSameCommandsAsTheScript() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("../tandem"));
        run("--help");
        for (String line : out().lines().skip(1).toList()) {
            String name = line.strip().split("  ")[0];
            String summary = line.substring(line.indexOf(name) + name.length()).strip();
            assertThat(script).as("./tandem lists " + name).contains("\"" + name + "|" + summary + "\"");
        }
    }
}

package dev.tandem.identity;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;
import dev.tandem.system.CommandLine;
import dev.tandem.system.CommandLineHarness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code ./tandem create-admin} on a database that has parties and users (the demo). */
@IntegrationTest
class CreateAdminCommandIntegrationTests {

    @Autowired
    CommandLine commandLine;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Journal journal;
    @Autowired
    MockMvc mvc;

    @Test
    void createsAnAdministratorWithAPasswordPrintedOnce() throws Exception {
        CommandLineHarness cli = new CommandLineHarness(commandLine);
        assertThat(cli.run("create-admin", "second.admin", "--party", "US", "--name", "Second Admin")).isZero();
        String password = cli.out().strip().substring("second.admin: ".length());
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        mvc.perform(get("/api/me").with(httpBasic("second.admin", password))).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMINISTRATOR")).andExpect(jsonPath("$.party").value("US"));
        assertThat(journal.entries(null, 5, "user", "second.admin")).extracting(e -> e.action())
                .containsExactly("identity.account-created");
        assertThat(journal.entries(null, 5, "user", "second.admin").get(0).actor()).isEqualTo("system");
    }

    @Test
    void readsThePasswordFromStandardInput() throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("a-password-of-my-own\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLineHarness cli = new CommandLineHarness(commandLine);
            assertThat(cli.run("create-admin", "stdin.admin", "--party", "ROK", "--password-stdin")).isZero();
            assertThat(cli.out()).doesNotContain("a-password-of-my-own");
        } finally {
            System.setIn(stdin);
        }
        mvc.perform(get("/api/me").with(httpBasic("stdin.admin", "a-password-of-my-own"))).andExpect(status().isOk());
    }

    @Test
    void refusesAnExistingUserInOneLine() {
        CommandLineHarness cli = new CommandLineHarness(commandLine);
        assertThat(cli.run("create-admin", "admin", "--party", "ROK")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tandem create-admin: username: is taken" + System.lineSeparator());
    }

    @Test
    void refusesAPartyThatIsNotOneOfThoseThatExist() {
        CommandLineHarness cli = new CommandLineHarness(commandLine);
        assertThat(cli.run("create-admin", "typo.admin", "--party", "RKO", "--party-name", "Typo")).isEqualTo(2);
        assertThat(cli.err()).contains("--party: no party with code RKO; the parties are ").contains("ROK");
        assertThat(accounts.byUsername("typo.admin")).isEmpty();
    }

    @Test
    void refusesWithoutAPartyOrWithAShortPassword() {
        CommandLineHarness cli = new CommandLineHarness(commandLine);
        assertThat(cli.run("create-admin", "no.party")).isEqualTo(2);
        assertThat(cli.err()).contains("--party: is required");
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(cli.run("create-admin", "short.pw", "--party", "ROK", "--password-stdin")).isEqualTo(2);
            assertThat(cli.err()).contains("password: must be at least 12 characters");
        } finally {
            System.setIn(stdin);
        }
        assertThat(accounts.byUsername("short.pw")).isEmpty();
    }
}

package dev.tandem.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;

@IntegrationTest
class JournalViewerIntegrationTests {

    @Autowired
    Journal journal;
    @Autowired
    MockMvc mvc;

    @Test
    void filtersByPersonKindOfChangeAndTime() {
        List<JournalEntry> forumChanges = journal.entries(null, 500,
                new JournalFilter(null, null, "system", "forum.", null, null));
        assertThat(forumChanges).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.action()).startsWith("forum.");
        });
        List<JournalEntry> newest = journal.entries(null, 500, JournalFilter.NONE);
        JournalEntry first = journal.entries(newest.get(newest.size() - 1).seq() + 1, 1, JournalFilter.NONE).get(0);
        assertThat(journal.entries(null, 500, new JournalFilter(null, null, null, null, null, first.recordedAt())))
                .isEmpty();
        assertThat(journal.entries(null, 500, new JournalFilter(null, null, "nobody-at-all", null, null, null)))
                .isEmpty();
        assertThat(journal.entries(null, 500, new JournalFilter(null, null, null, "forum%", null, null)))
                .as("a % in the kind is a character, not a wildcard").isEmpty();
        assertThat(journal.entries(null, 500, new JournalFilter(null, null, null, null,
                Instant.parse("2999-01-01T00:00:00Z"), null))).isEmpty();
    }

    @Test
    void showsTheChainsStateAndItsHeadToTheAuditor() throws Exception {
        String html = mvc.perform(get("/journal?actor=system&action=casefile.&from=2000-01-01")
                        .header("Accept-Language", "en").with(httpBasic("auditor", IntegrationTest.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The chain is intact").contains("Head of the chain, to anchor outside the database")
                .containsPattern("Checked (the whole chain|entries \\d+ to \\d+|No entry since)")
                .contains("casefile.recorded").doesNotContain("forum.established");
        long checkpoint = journal.verifyAndKeep().toSeq();
        String since = mvc.perform(get("/journal").header("Accept-Language", "en")
                        .with(httpBasic("auditor", IntegrationTest.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(since).as("opened after a full check: from its checkpoint on")
                .containsPattern("(Checked entries \\d+ to \\d+: up to|No entry since) entry " + checkpoint + ",? ");
        String refused = mvc.perform(get("/journal?from=yesterday").header("Accept-Language", "en")
                        .with(httpBasic("auditor", IntegrationTest.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("from: &#39;yesterday&#39; is not a date");
    }
}

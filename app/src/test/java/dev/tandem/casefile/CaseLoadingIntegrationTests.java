package dev.tandem.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.tandem.IntegrationTest;
import dev.tandem.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Loading scales: a case loads in the same number of SQL statements whatever it holds, and a list page in one.
 * The statements are counted at the JDBC connection ({@link StatementLog}), not estimated. A database of its
 * own, so that the counts are this class's alone.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:case-loading;DB_CLOSE_DELAY=-1",
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD})
@Import(StatementLog.class)
class CaseLoadingIntegrationTests {

    private static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseFiles files;

    private CaseFile submitted(String applicant, int items, int counterparties) {
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            lines.add(new LineItem("Medicine " + i, null, new BigDecimal("10"), "box", "3004.90", null, null, "TO",
                    false, false));
        }
        List<Counterparty> parties = new ArrayList<>();
        for (int i = 0; i < counterparties; i++) {
            parties.add(new Counterparty(CounterpartyRole.CONSIGNEE, "Hospital " + i, "ORGANISATION", "KP"));
        }
        CaseFile draft = CaseFile.draft(new CaseDraft("Medicines", "For hospitals", CaseCategory.HUMANITARIAN, null,
                null, null, false, lines, parties), applicant, "Hanbit", "rok-us-dg-consultation", Instant.now());
        CaseFile saved = files.save(draft);
        saved.submit(java.time.LocalDate.now(), Instant.now(), applicant);
        saved.triaged("test", "rok-us-dg-consultation", 1, List.of(), List.of(new Clearance("PARTNER_NOTICE",
                "PENDING", "notice", "통보", List.of("charter"), 5, java.time.LocalDate.now(),
                java.time.LocalDate.now().plusDays(7))));
        return files.save(saved);
    }

    private List<String> statementsOf(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        StatementLog.reset();
        mvc.perform(request).andExpect(status().isOk());
        return StatementLog.statements();
    }

    @Test
    void opensACaseInTheSameNumberOfStatementsWhateverItsSize() throws Exception {
        CaseFile small = submitted("applicant", 1, 1);
        CaseFile large = submitted("applicant", 600, 60);

        List<String> apiSmall = statementsOf(get("/api/cases/" + small.ref()).with(APPLICANT));
        List<String> apiLarge = statementsOf(get("/api/cases/" + large.ref()).with(APPLICANT));
        assertThat(apiLarge).hasSameSizeAs(apiSmall).hasSizeLessThanOrEqualTo(10);

        List<String> pageSmall = statementsOf(get("/cases/" + small.ref()).with(SECRETARIAT));
        List<String> pageLarge = statementsOf(get("/cases/" + large.ref()).with(SECRETARIAT));
        assertThat(pageLarge).hasSameSizeAs(pageSmall);
        // the case, its documents and questions; the rest of the page (forums to move it to, the session) is not the case's
        assertThat(pageLarge).filteredOn(sql -> sql.contains("case_")).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void listsAPageOfCasesInOneStatementOnceItsTotalIsCounted() throws Exception {
        for (int i = 0; i < 60; i++) {
            submitted("applicant2", 2, 1);
        }
        for (RequestPostProcessor who : List.of(user("applicant2").roles("APPLICANT"), SECRETARIAT)) {
            // the first page of a filter counts its total as well; the next pages read the remembered total
            List<String> first = statementsOf(get("/api/cases").param("size", "50").with(who));
            assertThat(first).filteredOn(sql -> sql.contains("case_")).hasSize(2)
                    .anyMatch(sql -> sql.contains("COUNT(*)"));
            List<String> api = statementsOf(get("/api/cases").param("size", "50").param("page", "1").with(who));
            assertThat(api).filteredOn(sql -> sql.contains("case_")).hasSize(1);
            List<String> page = statementsOf(get("/cases").with(who));
            assertThat(page).filteredOn(sql -> sql.contains("case_")).hasSize(1);
        }
    }

    @Test
    void countsTheTotalAgainOnceACaseChanged() throws Exception {
        RequestPostProcessor who = user("applicant2").roles("APPLICANT");
        statementsOf(get("/api/cases").with(who));
        long before = total(who);
        submitted("applicant2", 1, 1);
        List<String> after = statementsOf(get("/api/cases").with(who));
        assertThat(after).anyMatch(sql -> sql.contains("COUNT(*)"));
        assertThat(total(who)).isEqualTo(before + 1);
    }

    private long total(RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get("/api/cases").with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.total")).longValue();
    }
}

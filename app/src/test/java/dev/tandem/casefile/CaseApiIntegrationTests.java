package dev.tandem.casefile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseApiIntegrationTests {

    private static final String TAMIFLU_FOR = """
            {"forum":"%s","title":"Tamiflu for the flu season","purpose":"Antivirals for provincial hospitals","category":"HUMANITARIAN",
             "route":"Paju – Kaesong by road","jointVenture":false,
             "items":[{"description":"Tamiflu","quantity":200000,"unit":"doses","hsCode":"3004.90","direction":"TO"}],
             "counterparties":[{"role":"CONSIGNEE","name":"Ministry of Public Health","kind":"ORGANISATION","country":"North Korea"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Journal journal;
    @Autowired
    dev.tandem.forum.ForumManagement forums;

    /** A forum of this class's own, so that the tests need no demo forum and no other test's. */
    private static String forum;
    private String TAMIFLU;

    @org.junit.jupiter.api.BeforeEach
    void ownForum() {
        if (forum == null) {
            forum = TestForums.selective(forums);
        }
        TAMIFLU = TAMIFLU_FOR.formatted(forum);
    }

    private ResultActions as(String user, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private String file(String user, String json) throws Exception {
        String body = as(user, post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.ref");
    }

    private void submit(String ref) throws Exception {
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk());
    }

    @Test
    void filesSubmitsAndTriagesACaseThatNeedsNoRule() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.forum").value(forum));
        as("applicant", post("/api/cases/" + ref + "/submission").contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.findings").isEmpty())
                // under a selective charter, nothing sends this case to the forum
                .andExpect(jsonPath("$.clearances[0].authority").value("PARTNER_NOTICE"))
                .andExpect(jsonPath("$.clearances[0].reasonEn").value(containsString("alone")))
                .andExpect(jsonPath("$.clearances[0].reasonKo").isNotEmpty())
                .andExpect(jsonPath("$.charter.forum").value(forum))
                .andExpect(jsonPath("$.charter.version").value(1));
        assertThat(journal.entries(null, 10, "case", ref)).extracting(e -> e.action())
                .contains("casefile.drafted", "casefile.submitted");
    }

    @Test
    void sendsBannedItemsToTheForumAndTheUnCommittee() throws Exception {
        String ref = file("applicant", TAMIFLU.replace("\"items\":[", """
                "items":[{"description":"Delivery trucks","quantity":4,"unit":"piece","hsCode":"8704.22","direction":"TO"},"""));
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].citation").value(containsString("2397")))
                .andExpect(jsonPath("$.clearances[*].authority", hasItem("UN_1718_EXEMPTION")))
                .andExpect(jsonPath("$.clearances[*].authority", hasItem("FORUM_REVIEW")));
    }

    @Test
    void keepsAnApplicantOutOfAnotherApplicantsCase() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant2", get("/api/cases/" + ref)).andExpect(status().isNotFound());
        as("applicant2", post("/api/cases/" + ref + "/submission")).andExpect(status().isNotFound());
        as("applicant2", get("/api/cases")).andExpect(jsonPath("$.cases[*].ref", not(hasItem(ref))));
        as("applicant", get("/api/cases")).andExpect(jsonPath("$.cases[*].ref", hasItem(ref)));
        submit(ref);
        as("rok.member", get("/api/cases/" + ref)).andExpect(status().isOk());
        as("rok.member", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(TAMIFLU))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAStaleEditAsAConflict() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", put("/api/cases/" + ref + "?version=1").contentType(MediaType.APPLICATION_JSON)
                .content(TAMIFLU.replace("Tamiflu for the flu season", "First editor"))).andExpect(status().isOk());
        as("applicant", put("/api/cases/" + ref + "?version=1").contentType(MediaType.APPLICATION_JSON)
                .content(TAMIFLU.replace("Tamiflu for the flu season", "Second editor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.title").value("First editor"));
    }

    @Test
    void refusesIllegalTransitionsWithTheReason() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", post("/api/cases/" + ref + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"no longer needed\"}")).andExpect(status().isOk());
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("is Withdrawn and cannot become Submitted")));
        as("secretariat", post("/api/cases/" + ref + "/review")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void refusesBadItemsNamingTheLineAndField() throws Exception {
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("\"hsCode\":\"3004.90\"", "\"hsCode\":\"30A4\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].hsCode"));
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("\"quantity\":200000", "\"quantity\":-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"));
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("\"category\":\"HUMANITARIAN\"", "\"category\":\"CHARITY\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }

    @Test
    void storesDocumentsByContentAndServesThemOnlyToThoseWhoMaySeeTheCase() throws Exception {
        String ref = file("applicant", TAMIFLU);
        byte[] pdf = "%PDF-1.4\nend-user statement\n%%EOF".getBytes();
        String body = as("applicant", multipart("/api/cases/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "end-user.txt", "text/plain", pdf)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").isString())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        as("applicant", get("/api/cases/" + ref + "/documents/" + id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        submit(ref);
        as("us.member", get("/api/cases/" + ref + "/documents/" + id)).andExpect(status().isOk());
        as("applicant2", get("/api/cases/" + ref + "/documents/" + id)).andExpect(status().isNotFound());
        as("applicant", multipart("/api/cases/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void replacesADraftsItemsWithAnImportedListOrRefusesItWhole() throws Exception {
        String ref = file("applicant", TAMIFLU);
        byte[] csv;
        try (var in = getClass().getResourceAsStream("/itemlists/tamiflu-delivery.csv")) {
            csv = in.readAllBytes();
        }
        as("applicant", multipart("/api/cases/" + ref + "/item-list").param("version", "1")
                        .file(new MockMultipartFile("file", "tamiflu-delivery.csv", "text/csv", csv)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[2].hsCode").value("8704.21"));
        byte[] bad = "Item,Quantity,Unit,HS code\nTamiflu,many,doses,3004.90\nTrucks,4,piece,\n".getBytes();
        as("applicant", multipart("/api/cases/" + ref + "/item-list")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("itemList"))
                .andExpect(jsonPath("$.detail").value(containsString("row 2, column Quantity")))
                .andExpect(jsonPath("$.detail").value(containsString("row 3, column HS code")));
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.items.length()").value(3));
    }

    @Test
    void findsCasesInEnglishAndKorean() throws Exception {
        String word = "oseltamivir" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String ref = file("applicant", TAMIFLU.replace("Antivirals for provincial hospitals",
                "Antivirals (" + word + ") for provincial hospitals; 독감 치료제를 지방 병원에 보냅니다"));
        submit(ref);
        as("rok.member", get("/api/cases").param("q", word)).andExpect(jsonPath("$.cases[*].ref", hasItem(ref)))
                .andExpect(jsonPath("$.total").value(1));
        as("rok.member", get("/api/cases").param("q", word + " 치료제")).andExpect(jsonPath("$.cases[0].ref").value(ref));
        as("applicant2", get("/api/cases").param("q", word)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void asksAndAnswersForInformation() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk());
        String body = as("secretariat", post("/api/cases/" + ref + "/information-requests")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"How will the trucks return?\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        as("applicant2", post("/api/cases/" + ref + "/information-requests/" + id + "/answer")
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"x\"}")).andExpect(status().isNotFound());
        as("applicant", post("/api/cases/" + ref + "/information-requests/" + id + "/answer")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"They return the same day.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answeredBy").value("applicant"));
    }

    @Test
    void resolution2397Paragraph7SparePartsAreDeclaredByTheApplicantAndConfirmedBySecretariat() throws Exception {
        String ref = file("applicant", TAMIFLU.replace("\"items\":[", """
                "items":[{"description":"Wheel bearings for an Il-62M","quantity":4,"unit":"piece","hsCode":"8482.10",
                  "direction":"TO","declaredPurpose":"civil-aircraft-spare-part","purposeCheckedBy":"applicant"},"""));
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].declaredPurpose").value("civil-aircraft-spare-part"))
                .andExpect(jsonPath("$.items[0].purposeCheckedBy").doesNotExist())
                .andExpect(jsonPath("$.findings[0].ruleId").value("2397-7-aircraft-spare-parts"))
                .andExpect(jsonPath("$.findings[0].consequence").value("NOTED"))
                .andExpect(jsonPath("$.clearances[*].authority", not(hasItem("UN_1718_EXEMPTION"))));
        as("applicant", post("/api/cases/" + ref + "/items/1/purpose-check")).andExpect(status().isForbidden());
        as("secretariat", post("/api/cases/" + ref + "/items/2/purpose-check"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("line"));
        as("secretariat", post("/api/cases/" + ref + "/items/1/purpose-check")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].purposeCheckedBy").value("secretariat"));
        assertThat(journal.entries(null, 10, "case", ref)).extracting(e -> e.action())
                .contains("casefile.purpose-confirmed");
    }

    @Test
    void refusesADeclarationOrPurposeTheRulesDoNotKnowAndJudgesCaseDeclarations() throws Exception {
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("\"jointVenture\":false", "\"jointVenture\":false,\"declarations\":[\"casino\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("declarations"));
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("\"direction\":\"TO\"}", "\"direction\":\"TO\",\"product\":\"petrol\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].product"));
        String ref = file("applicant", TAMIFLU.replace("\"jointVenture\":false",
                "\"jointVenture\":false,\"declarations\":[\"dprk-workers\"]"));
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk())
                .andExpect(jsonPath("$.declarations[0]").value("dprk-workers"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("2397-8-2375-17-workers"))
                .andExpect(jsonPath("$.clearances[*].authority", hasItem("UN_1718_EXEMPTION")));
    }

    @Test
    void resolution2397Paragraph7DeclarationsComeFromTheFilingFormAndAreConfirmedOnTheCasePage() throws Exception {
        MockMultipartFile list = new MockMultipartFile("itemList", "parts.csv", "text/csv",
                ("Item,Quantity,Unit,HS code,Declared purpose\n"
                        + "Wheel bearings for an Il-62M,4,pcs,8482.10,civil-aircraft-spare-part\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
        String location = as("applicant", multipart("/cases").file(list).param("title", "Il-62M spare parts")
                .param("purpose", "Keeping the Sunan fleet safe").param("category", "HUMANITARIAN").param("forum", forum)
                .param("declarations", "export-credit")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String ref = location.substring(location.lastIndexOf('/') + 1);
        as("applicant", get("/api/cases/" + ref))
                .andExpect(jsonPath("$.declarations[0]").value("export-credit"))
                .andExpect(jsonPath("$.items[0].declaredPurpose").value("civil-aircraft-spare-part"));
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk());
        as("secretariat", get("/cases/" + ref)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("confirm-purpose")));
        as("secretariat", post("/cases/" + ref + "/items/1/confirm-purpose").param("version", "2")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        as("secretariat", get("/cases/" + ref)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Confirmed by secretariat on ")));
    }

    // --- issue 8: small leaks ---------------------------------------------------------------------------------

    @Test
    void showsADraftOnlyToItsApplicantUntilItIsSubmitted() throws Exception {
        String word = "draftword" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String ref = file("applicant", TAMIFLU.replace("Tamiflu for the flu season", "Tamiflu " + word));
        for (String staff : new String[] {"secretariat", "rok.member", "us.cochair", "auditor"}) {
            as(staff, get("/api/cases/" + ref)).andExpect(status().isNotFound());
            as(staff, get("/api/cases/" + ref + "/documents")).andExpect(status().isNotFound());
            as(staff, get("/api/cases").param("status", "DRAFT")).andExpect(jsonPath("$.cases[*].ref", not(hasItem(ref))));
            as(staff, get("/api/cases").param("q", word)).andExpect(jsonPath("$.total").value(0));
        }
        as("applicant", get("/api/cases/" + ref)).andExpect(status().isOk());
        as("applicant", get("/api/cases").param("q", word)).andExpect(jsonPath("$.cases[0].ref").value(ref));
        submit(ref);
        as("secretariat", get("/api/cases/" + ref)).andExpect(status().isOk());
        as("rok.member", get("/api/cases").param("q", word)).andExpect(jsonPath("$.cases[0].ref").value(ref));
    }

    @Test
    void namesADownloadAfterItsDetectedTypeWithoutControlOrBidiCharacters() throws Exception {
        String ref = file("applicant", TAMIFLU);
        byte[] pdf = "%PDF-1.4\nend-user statement\n%%EOF".getBytes();
        // U+202E turns "invoice\u202Efdp.exe" into what reads as "invoiceexe.pdf"; a tab and a zero-width space too
        String body = as("applicant", multipart("/api/cases/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "invo\tice\u200B\u202Efdp.exe", "application/octet-stream", pdf)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        String disposition = as("applicant", get("/api/cases/" + ref + "/documents/" + id))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename())
                .isEqualTo("invoicefdp.pdf");
    }

    @Test
    void namesNoFolderWhenItRefusesAnUpload() throws Exception {
        String ref = file("applicant", TAMIFLU);
        String detail = as("applicant", multipart("/api/cases/" + ref + "/item-list").param("version", "1")
                        .file(new MockMultipartFile("file", "/srv/tandem/uploads/items.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF".getBytes())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("items.pdf").doesNotContain("/srv").doesNotContain("uploads");
    }

    @Test
    void refusesAnUpdateWithoutTheVersionItRead() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", put("/api/cases/" + ref).contentType(MediaType.APPLICATION_JSON)
                        .content(TAMIFLU.replace("Tamiflu for the flu season", "Blind overwrite")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.title").value("Tamiflu for the flu season"))
                .andExpect(jsonPath("$.version").value(1));
    }

    // --- issue 7: one API vocabulary ----------------------------------------------------------------------------

    @Test
    void answersCreationsWithTheirLocation() throws Exception {
        String location = as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(TAMIFLU))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/cases/T-\\d{4}-\\d{4}");
        String ref = location.substring(location.lastIndexOf('/') + 1);
        as("applicant", get(location)).andExpect(jsonPath("$.ref").value(ref));
        String document = as("applicant", multipart("/api/cases/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "note.txt", "text/plain", "a note".getBytes())))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        as("applicant", get(document)).andExpect(status().isOk());
        submit(ref);
        String question = as("secretariat", post("/api/cases/" + ref + "/information-requests")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"Which hospitals?\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        as("applicant", get(question)).andExpect(jsonPath("$.question").value("Which hospitals?"));
    }

    @Test
    void namesTheForumAlikeInListAndDetail() throws Exception {
        String ref = file("applicant", TAMIFLU);
        as("applicant", get("/api/cases")).andExpect(jsonPath("$.cases[?(@.ref == '" + ref + "')].forum",
                hasItem(forum)));
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.forum").value(forum))
                .andExpect(jsonPath("$.forumCode").doesNotExist());
    }

    @Test
    void pagesTheListWithTheTotal() throws Exception {
        for (int i = 0; i < 3; i++) {
            file("applicant2", TAMIFLU);
        }
        String first = as("applicant2", get("/api/cases").param("page", "0").param("size", "2"))
                .andExpect(jsonPath("$.cases.length()").value(2)).andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2)).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(first, "$.total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        int lastPage = (total - 1) / 2;
        as("applicant2", get("/api/cases").param("page", String.valueOf(lastPage)).param("size", "2"))
                .andExpect(jsonPath("$.cases.length()").value(total - lastPage * 2))
                .andExpect(jsonPath("$.total").value(total));
        as("applicant2", get("/api/cases").param("size", "1000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void showsTheScreeningStateOfEachCounterparty() throws Exception {
        String ref = file("applicant", TAMIFLU.replace("\"counterparties\":[", """
                "counterparties":[{"role":"SUPPLIER","name":"Korea Ryonbong General Corporation","kind":"ORGANISATION"},"""));
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.counterparties[0].state").value("NOT_SCREENED"));
        submit(ref);
        as("applicant", get("/api/cases/" + ref))
                .andExpect(jsonPath("$.counterparties[0].name").value("Korea Ryonbong General Corporation"))
                .andExpect(jsonPath("$.counterparties[0].state").value("OPEN"))
                .andExpect(jsonPath("$.counterparties[0].hits[0].reference").isString())
                .andExpect(jsonPath("$.counterparties[0].hits[0].score").isNumber())
                .andExpect(jsonPath("$.counterparties[0].hits[0].explanation").isString())
                .andExpect(jsonPath("$.counterparties[0].hits[0].status").value("OPEN"))
                .andExpect(jsonPath("$.counterparties[1].state").value("CLEAR"))
                .andExpect(jsonPath("$.counterparties[1].hits").isEmpty());
    }
}

package dev.tandem.casefile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input to the case API is a 400 naming the field, never a 500, and leaves nothing behind (each of these was a
 * 500 before: the value reached the database or a constructor unchecked).
 */
@IntegrationTest
class CaseInputIntegrationTests {

    private static final String CASE = """
            {"title":"Tamiflu","purpose":"Antivirals","category":"HUMANITARIAN",
             "items":[{"description":"Tamiflu","quantity":QTY,"unit":"doses","hsCode":"3004.90","direction":"TO",
                       "unitValueUsd":VALUE}],
             "counterparties":[{"role":"CONSIGNEE","name":"Ministry of Public Health","kind":"ORGANISATION",
                                "country":"COUNTRY"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Journal journal;

    @Autowired
    dev.tandem.forum.ForumManagement forums;

    private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private long lastEntry() {
        return journal.entries(null, 1, null, null).get(0).seq();
    }

    private static String body(String quantity, String value, String country) {
        return CASE.replace("QTY", quantity).replace("VALUE", value).replace("COUNTRY", country);
    }

    private void refused(String json, String field) throws Exception {
        long head = lastEntry();
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(lastEntry()).as("nothing journaled").isEqualTo(head);
    }

    @Test
    void refusesAQuantityOfTenToThe308th() throws Exception {
        refused(body("1e308", "1", "DPRK"), "items[0].quantity");
    }

    @Test
    void refusesAThirtyDigitQuantity() throws Exception {
        refused(body("123456789012345678901234567890", "1", "DPRK"), "items[0].quantity");
    }

    @Test
    void refusesAValueBeyondTheColumnsPrecision() throws Exception {
        refused(body("1", "12345678901234567.5", "DPRK"), "items[0].unitValueUsd");
    }

    @Test
    void refusesATenThousandCharacterCountry() throws Exception {
        refused(body("1", "1", "K".repeat(10_000)), "counterparties[0].country");
    }

    @Test
    void refusesANullItem() throws Exception {
        refused("""
                {"title":"Tamiflu","purpose":"Antivirals","category":"HUMANITARIAN","items":[null]}""", "items[0]");
    }

    @Test
    void refusesATitleWithANulByte() throws Exception {
        refused(body("1", "1", "DPRK").replace("\"Tamiflu\",\"purpose\"", "\"Tami\\u0000flu\",\"purpose\""), "title");
    }

    @Test
    void refusesATitleOfInvisibleCharactersOnly() throws Exception {
        refused(body("1", "1", "DPRK").replace("\"Tamiflu\",\"purpose\"", "\"\\u200b\\u200b\",\"purpose\""), "title");
    }

    @Test
    void refusesADocumentWhoseNameHoldsANulByte() throws Exception {
        String forum = TestForums.selective(forums);
        String json = as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .content(body("1", "1", "DPRK").replaceFirst("\\{", "{\"forum\":\"" + forum + "\","))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(json, "$.ref");
        long head = lastEntry();
        as("applicant", multipart("/api/cases/" + ref + "/documents")
                .file(new MockMultipartFile("file", "note\u0000.txt", "text/plain", "hello".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fileName"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("control")));
        assertThat(lastEntry()).isEqualTo(head);
    }
}

package dev.tandem.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Korean user is refused in Korean: a Korean page shows each refusal in Korean, and the API answers a client
 * that accepts Korean in Korean (English otherwise) — on a case form, a forum event, an item list and a user form.
 */
@IntegrationTest
class RefusalLanguageIntegrationTests {

    private static final String FORUM = "inter-korean-liaison-office";
    private static final byte[] BAD_LIST = "Item,Quantity,Unit,HS code\nGloves,many,box,4015.19\n"
            .getBytes(StandardCharsets.UTF_8);

    private static final org.hamcrest.Matcher<String> KOREAN_EVENT_REFUSAL = anyOf(containsString("연혁의 마지막 사건"),
            containsString("종료 뒤에는"), containsString("상태가 될 수 없습니다"));

    @Autowired
    MockMvc mvc;

    private ResultActions api(String user, String language, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    private ResultActions page(String user, String role, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.param("lang", "ko").with(user(user).roles(role)).with(csrf()));
    }

    @Test
    void refusesACaseFormInKorean() throws Exception {
        page("applicant", "APPLICANT", post("/cases").param("title", "").param("purpose", "\u200b")
                .param("category", "CHARITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("필수 항목입니다"),
                        containsString("읽을 수 있는 글자여야 합니다"), containsString("허용되는 값(HUMANITARIAN"),
                        not(containsString("is required")))));
        String body = "{\"title\":\"\",\"purpose\":\"x\",\"category\":\"HUMANITARIAN\"}";
        api("applicant", "ko", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].reason").value("필수 항목입니다"));
        api("applicant", "en-GB,en;q=0.8", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.errors[0].reason").value("is required"));
    }

    @Test
    void refusesAForumEventInKorean() throws Exception {
        page("secretariat", "SECRETARIAT", post("/forums/" + FORUM + "/events").param("status", "TERMINATED")
                .param("on", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("확인란을 선택하십시오")));
        // other tests share this forum, so the refusal is one of those an event in 1999 can meet, each in Korean
        page("secretariat", "SECRETARIAT", post("/forums/" + FORUM + "/events").param("status", "SUSPENDED")
                .param("on", "1999-01-01"))
                .andExpect(content().string(KOREAN_EVENT_REFUSAL));
        api("secretariat", "ko", post("/api/forums/" + FORUM + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"SUSPENDED\",\"on\":\"1999-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(KOREAN_EVENT_REFUSAL));
        api("secretariat", "ko", post("/api/forums/" + FORUM + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"BOGUS\",\"on\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("허용되는 값(")));
    }

    @Test
    void refusesAnItemListInKorean() throws Exception {
        page("applicant", "APPLICANT", multipart("/cases")
                .file(new MockMultipartFile("itemList", "list.csv", "text/csv", BAD_LIST))
                .param("title", "Gloves").param("purpose", "For clinics").param("category", "HUMANITARIAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2행, Quantity 열: &#39;many&#39;은(는) 숫자가 아닙니다"),
                        not(containsString("is not a number")))));
        String created = api("applicant", "en", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Gloves\",\"purpose\":\"For clinics\",\"category\":\"HUMANITARIAN\",\"forum\":\"rok-us-dg-consultation\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(created, "$.ref");
        api("applicant", "ko", multipart("/api/cases/" + ref + "/item-list")
                .file(new MockMultipartFile("file", "list.csv", "text/csv", BAD_LIST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("itemList"))
                .andExpect(jsonPath("$.errors[0].reason").value("2행, Quantity 열: 'many'은(는) 숫자가 아닙니다"));
    }

    @Test
    void refusesAUserFormInKorean() throws Exception {
        page("admin", "ADMINISTRATOR", post("/admin/users").param("username", "X").param("displayName", "")
                .param("role", "EMPEROR"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("영문 소문자로 시작하는"),
                        containsString("필수 항목입니다"), containsString("허용되는 값(APPLICANT"))));
        api("admin", "ko", post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"new.user\",\"displayName\":\"New\",\"role\":\"APPLICANT\","
                        + "\"organisation\":\"NGO\",\"password\":\"" + "가".repeat(25) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("72바이트")));
    }
}

package dev.tandem.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.Acting;
import dev.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class HolidayPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ViewerZone viewerZone;

    @Test
    void showsAPartysHolidaysInKorean() throws Exception {
        String page = body("admin", get("/admin/holidays").param("party", "ROK").param("year", "2019").param("lang", "ko"));
        assertThat(page).contains("추석", "대체공휴일(어린이날)", "2019-09-13");
    }

    @Test
    void refusesADayThatIsNoDateNamingTheField() throws Exception {
        MvcResult result = as("admin", post("/admin/holidays").with(csrf()).param("party", "US")
                .param("day", "the 5th").param("nameEn", "Day").param("nameKo", "날").param("kind", "TEMPORARY"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("day-error");
    }

    @Test
    void addsADayFromThePage() throws Exception {
        MvcResult result = as("admin", post("/admin/holidays").with(csrf()).param("party", "US")
                .param("day", "2098-12-24").param("nameEn", "Christmas Eve closure").param("nameKo", "성탄 전야 휴무")
                .param("kind", "TEMPORARY").param("source", "Executive order (test)")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/holidays?party=US&year=2098");
        assertThat(body("admin", get("/admin/holidays").param("party", "US").param("year", "2098")))
                .contains("Christmas Eve closure");
    }

    @Test
    void refusesTheHolidayPageToAMember() throws Exception {
        assertThat(as("rok.member", get("/admin/holidays")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void showsTimesInTheViewersPartyZoneUnlessTheViewerChoseAnother() throws Exception {
        Instant deadline = Instant.parse("2019-09-18T04:00:00Z");
        assertThat(Acting.as("us.member", "MEMBER", "US", () -> viewerZone.format(deadline)))
                .isEqualTo("2019-09-18 00:00 EDT");
        assertThat(WorkingCalendarContract.as("rok.member", "MEMBER", () -> viewerZone.format(deadline)))
                .isEqualTo("2019-09-18 13:00 KST");

        MvcResult chosen = as("rok.member", post("/settings/zone").with(csrf()).param("zone", "America/New_York")
                .header("Referer", "http://evil.example/cases?page=2")).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/cases?page=2");
        Cookie cookie = chosen.getResponse().getCookie(ViewerZone.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("America/New_York");
        assertThat(body("rok.member", get("/").cookie(cookie)))
                .containsPattern("value=\"America/New_York\"[^>]*class=\"current\"");
        MvcResult refused = as("rok.member", post("/settings/zone").with(csrf()).param("zone", "Europe/London"))
                .andReturn();
        assertThat(refused.getResponse().getCookie(ViewerZone.COOKIE)).isNull();
        assertThat(refused.getFlashMap().get("message")).asString().contains("Asia/Seoul, America/New_York");
    }

    private org.springframework.test.web.servlet.ResultActions as(String user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private String body(String user, MockHttpServletRequestBuilder request) throws Exception {
        return as(user, request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

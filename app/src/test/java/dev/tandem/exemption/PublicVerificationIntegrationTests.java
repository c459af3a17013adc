package dev.tandem.exemption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import dev.tandem.IntegrationTest;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The verification page and API answer without sign-in with what was approved and nothing internal, answer an
 * unknown and an unpublished reference alike, and limit each client address.
 */
@IntegrationTest
class PublicVerificationIntegrationTests {

    /** The per-session token of each page, the one part of a page that differs between two requests. */
    private static final String CSRF = "(name=\"_csrf\" (content|value)=\")[^\"]+";

    @Autowired
    MockMvc mvc;
    @Autowired
    ExemptionManagement exemptions;
    @Autowired
    CaseManagement cases;

    private ExemptionRequest demo(String title) {
        return SystemActor.call(() -> {
            String caseRef = cases.cases(null, 0, 200).cases().stream().filter(c -> c.title().equals(title))
                    .findFirst().orElseThrow().ref();
            return exemptions.ofCase(caseRef).get(0);
        });
    }

    /** Each test asks from an address of its own, so that the limit of one does not meet another's requests. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void showsWhatWasApprovedAndNothingInternalWithoutSignIn() throws Exception {
        ExemptionRequest video = demo(ExemptionDemoContent.VIDEO_REUNIONS);
        String json = mvc.perform(get("/api/public/exemptions/" + video.ref()).with(from("10.1.0.1")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.reference")).isEqualTo(video.ref());
        assertThat((String) JsonPath.read(json, "$.validUntil")).isEqualTo("2019-09-08");
        assertThat((String) JsonPath.read(json, "$.approvedOn")).isEqualTo("2019-03-08");
        assertThat((Boolean) JsonPath.read(json, "$.valid")).isFalse();
        assertThat((String) JsonPath.read(json, "$.items[0].description")).isEqualTo("Video cameras");
        assertThat(((Number) JsonPath.read(json, "$.items[0].approved")).doubleValue()).isEqualTo(20.0);
        assertThat((java.util.List<?>) JsonPath.read(json, "$.shipments")).isEmpty();

        String page = mvc.perform(get("/verify/" + video.ref()).with(from("10.1.0.1"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains(video.ref(), "Video cameras", "2019-09-08");
        for (String body : new String[] {json, page}) {
            assertThat(body).doesNotContain(video.details().monitoringPlan(), video.details().financialArrangements(),
                    video.details().recipientSelection(), video.caseRef(), "secretariat", "system", "applicant",
                    "letter.pdf", "sha256", "note", "position");
        }
    }

    @Test
    void answersAnUnknownAndAnUnpublishedReferenceAlike() throws Exception {
        ExemptionRequest railway = demo(ExemptionDemoContent.RAILWAY);
        assertThat(railway.published()).isFalse();
        assertThat(railway.approvedOn()).isEqualTo(java.time.LocalDate.of(2018, 11, 23));

        MvcResult unpublished = mvc.perform(get("/api/public/exemptions/" + railway.ref()).with(from("10.1.0.2")))
                .andReturn();
        MvcResult unknown = mvc.perform(get("/api/public/exemptions/E-1999-9999").with(from("10.1.0.2"))).andReturn();
        assertThat(unpublished.getResponse().getStatus()).isEqualTo(404).isEqualTo(unknown.getResponse().getStatus());
        assertThat(unpublished.getResponse().getContentAsString().replace(railway.ref(), "REF"))
                .isEqualTo(unknown.getResponse().getContentAsString().replace("E-1999-9999", "REF"));

        String pageUnpublished = mvc.perform(get("/verify/" + railway.ref()).with(from("10.1.0.2"))).andReturn()
                .getResponse().getContentAsString().replace(railway.ref(), "REF").replaceAll(CSRF, "");
        String pageUnknown = mvc.perform(get("/verify/E-1999-9999").with(from("10.1.0.2"))).andReturn()
                .getResponse().getContentAsString().replace("E-1999-9999", "REF").replaceAll(CSRF, "");
        assertThat(pageUnpublished).isEqualTo(pageUnknown).contains("No published exemption has the reference REF");
    }

    @Test
    void answersInKoreanWhenAskedTo() throws Exception {
        String body = mvc.perform(get("/api/public/exemptions/E-1999-9998").header("Accept-Language", "ko")
                .with(from("10.1.0.3"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("공개된 제재 면제가 없습니다");
    }

    @Test
    void limitsEachClientAddressWithRetryAfter() throws Exception {
        MvcResult refused = null;
        for (int i = 0; i < 100 && refused == null; i++) {
            MvcResult result = mvc.perform(get("/api/public/exemptions/E-1999-9997").with(from("10.1.0.4")))
                    .andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused = result;
            }
        }
        assertThat(refused).as("a 429 within 100 quick requests").isNotNull();
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(refused.getResponse().getContentAsString()).contains("too many verification requests");
        // another address is not limited by this one's requests
        assertThat(mvc.perform(get("/api/public/exemptions/E-1999-9997").with(from("10.1.0.5"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }
}

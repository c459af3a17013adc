package dev.tandem.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ZoneController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "us.cochair", roles = "CO_CHAIR")
class ZoneControllerTests {

    @Autowired
    MockMvc mvc;
    /** The layout asks it which links to show; the slice has no account to ask about. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @Test
    void keepsTheChosenZoneForAYearAndGoesBackToThePage() throws Exception {
        mvc.perform(post("/settings/zone").with(csrf()).param("zone", "America/New_York")
                        .header("Referer", "http://localhost/sessions/7?lang=ko"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sessions/7?lang=ko"))
                .andExpect(cookie().value(ViewerZone.COOKIE, "America/New_York"))
                .andExpect(cookie().maxAge(ViewerZone.COOKIE, 365 * 24 * 60 * 60))
                .andExpect(cookie().httpOnly(ViewerZone.COOKIE, true));
    }

    @Test
    void refusesAZoneNotOnOfferInKoreanNamingTheChoices() throws Exception {
        mvc.perform(post("/settings/zone").param("lang", "ko").with(csrf()).param("zone", "Europe/Paris")
                        .header("Referer", "http://localhost/reviews/3"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/3"))
                .andExpect(cookie().doesNotExist(ViewerZone.COOKIE))
                .andExpect(flash().attribute("message", "Asia/Seoul, America/New_York 중 하나여야 합니다"));
    }

    @Test
    void neverGoesBackToAnotherSite() throws Exception {
        mvc.perform(post("/settings/zone").with(csrf()).param("zone", "Asia/Seoul")
                        .header("Referer", "https://elsewhere.example//evil.example/x"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(post("/settings/zone").with(csrf()).param("zone", "Asia/Seoul"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"))
                .andExpect(cookie().value(ViewerZone.COOKIE, "Asia/Seoul"));
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(post("/settings/zone").with(csrf()).param("zone", "Asia/Seoul")).andExpect(sentToSignIn())
                .andExpect(cookie().doesNotExist(ViewerZone.COOKIE));
    }
}

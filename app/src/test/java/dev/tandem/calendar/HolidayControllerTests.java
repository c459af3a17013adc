package dev.tandem.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.Party;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HolidayController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class HolidayControllerTests {

    private static final LocalDate POLLING_DAY = LocalDate.parse("2026-06-03");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HolidayManagement holidays;
    @MockitoBean
    ForumManagement forums;
    /** The layout asks it which links to show; the slice has no account to ask about, so the administrator's. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    /** The application's own; the year shown when none is asked for is its. */
    @Autowired
    Clock clock;

    private final HolidayEntry pollingDay = new HolidayEntry(41L, "ROK", POLLING_DAY, "Local elections",
            "지방선거일", HolidayKind.ELECTION, "Presidential decree", HolidayEntry.Origin.ADMIN, false, 1);

    /** The form adding a day off to the ROK's holidays, as the page posts it. */
    private static MockHttpServletRequestBuilder adding(String day, String nameEn, String nameKo, String kind) {
        return post("/admin/holidays").with(csrf()).param("party", "ROK").param("day", day).param("nameEn", nameEn)
                .param("nameKo", nameKo).param("kind", kind);
    }

    @BeforeEach
    void theRoksHolidays() {
        given(forums.parties()).willReturn(List.of(new Party("ROK", "Republic of Korea", "대한민국"),
                new Party("US", "United States", "미국")));
        given(holidays.holidays("ROK", 2026)).willReturn(List.of(pollingDay));
        given(holidays.holidays("US", LocalDate.now(clock).getYear())).willReturn(List.of());
        given(permissions.mayManageAccounts()).willReturn(true);
    }

    @Test
    void showsThisYearsHolidaysOfThePartyAskedFor() throws Exception {
        mvc.perform(get("/admin/holidays").param("party", "US")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No holidays on record."),
                        containsString("value=\"" + LocalDate.now(clock).getYear() + "\""))));
    }

    @Test
    void showsTheRoksHolidaysInKorean() throws Exception {
        mvc.perform(get("/admin/holidays").param("year", "2026").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("admin/holidays"))
                .andExpect(content().string(allOf(containsString("<h1>공휴일</h1>"), containsString("지방선거일"),
                        containsString("선거일"), containsString("/admin/holidays/41/remove"),
                        containsString("value=\"2026\""))));
    }

    @Test
    void showsTheHolidaysInEnglishWithTheFormToAddOne() throws Exception {
        mvc.perform(get("/admin/holidays").param("party", "ROK").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Local elections"), containsString("polling day"),
                        containsString("Presidential decree"), containsString("Holidays of ROK in 2026<"),
                        containsString("name=\"nameKo\""),
                        containsString("maxlength=\"" + CalendarLimits.NAME + "\""))));
    }

    @ParameterizedTest(name = "{5} refused: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 2026-02-30 | Typed name | 입력한 이름 | ELECTION | day    | 2019-01-11 같은 날짜가 아닙니다
            en | 2026-06-03 | ''         | 지방선거일  | ELECTION | nameEn | is required
            en | 2026-06-03 | Feast      | 잔치       | FEAST    | kind   | is not one of STATUTORY, SUBSTITUTE, ELECTION, TEMPORARY
            """)
    void refusesABadFieldBesideItInThePagesLanguageKeepingWhatWasTyped(String lang, String day, String nameEn,
            String nameKo, String kind, String field, String reason) throws Exception {
        mvc.perform(adding(day, nameEn, nameKo, kind).param("lang", lang))
                .andExpect(status().isOk()).andExpect(view().name("admin/holidays"))
                .andExpect(content().string(allOf(containsString("id=\"" + field + "-error\""),
                        containsString(reason), containsString("value=\"" + nameKo + "\""))));
        verify(holidays, never()).add(any());
    }

    @Test
    void showsTheServicesRefusalBesideTheDay() throws Exception {
        given(holidays.add(any())).willThrow(new RuleViolationException("day", "refusal.calendar.holidayExists",
                "ROK", POLLING_DAY, "Local elections"));
        mvc.perform(adding("2026-06-03", "Local elections", "지방선거일", "ELECTION"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"day-error\""),
                        containsString("ROK already has the holiday Local elections on 2026-06-03"))));
    }

    @Test
    void addsAHolidayAndShowsItsYear() throws Exception {
        given(holidays.add(new NewHoliday("ROK", POLLING_DAY, "Local elections", "지방선거일", HolidayKind.ELECTION,
                null))).willReturn(pollingDay);
        mvc.perform(adding("2026-06-03", "Local elections", "지방선거일", "ELECTION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/holidays?party=ROK&year=2026"))
                .andExpect(flash().attribute("message", "Added 2026-06-03, Local elections."));
    }

    @Test
    void removesAHolidaySayingSoInKorean() throws Exception {
        given(holidays.remove(41L)).willReturn(pollingDay);
        mvc.perform(post("/admin/holidays/41/remove").param("lang", "ko").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/holidays?party=ROK&year=2026"))
                .andExpect(flash().attribute("message", "2026-06-03 지방선거일을(를) 삭제했습니다. 이제 근무일입니다."));
    }

    @Test
    void flashesTheRefusalOfARemovalAlreadyDone() throws Exception {
        given(holidays.remove(41L)).willThrow(new RuleViolationException("id",
                "refusal.calendar.holidayAlreadyRemoved", POLLING_DAY, "Local elections"));
        mvc.perform(post("/admin/holidays/41/remove").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/holidays"))
                .andExpect(flash().attribute("errors",
                        java.util.Map.of("id", "the holiday Local elections on 2026-06-03 was already removed")));
    }

    @Test
    @WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
    void refusesTheHolidayPageToAnyoneButAnAdministrator() throws Exception {
        mvc.perform(get("/admin/holidays")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/holidays/41/remove").with(csrf())).andExpect(status().isForbidden());
        verify(holidays, never()).remove(41L);
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/admin/holidays")).andExpect(sentToSignIn());
    }
}

package dev.tandem.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walks every handler mapping of the running application against the authorisation matrix
 * ({@code src/test/resources/authorisation-matrix.psv}, explained in {@code docs/security.md}) and calls every
 * endpoint as every role, on its own database: a mapping without a row fails, naming the row to add; a row whose
 * mapping is gone fails; a role the table refuses must be refused with the status it says, and a role it allows
 * must not be refused (401, 403, or sent to sign in).
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:authorisation-matrix;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTests {

    private static final String CASE = """
            {"title":"Matrix %s","purpose":"Antivirals for provincial hospitals","category":"HUMANITARIAN",
             "route":"Paju – Kaesong by road","jointVenture":false,
             "items":[{"description":"Tamiflu","quantity":1000,"unit":"doses","hsCode":"3004.90","direction":"TO"}],
             "counterparties":[{"role":"CONSIGNEE","name":"Ministry of Public Health","kind":"ORGANISATION","country":"North Korea"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService users;
    @Autowired
    dev.tandem.screening.ScreeningManagement screening;

    private final Map<String, String> fixture = new java.util.HashMap<>();

    /** Cases, documents and questions of two applicants, and a hit, for the samples' placeholders. */
    @BeforeAll
    void createFixture() throws Exception {
        for (String subject : List.of("own", "other")) {
            String applicant = subject.equals("own") ? "applicant" : "applicant2";
            String ref = read(mvc.perform(post("/api/cases").with(httpBasic(applicant, IntegrationTest.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(CASE.formatted(subject)))
                    .andExpect(status().isCreated()).andReturn(), "$.ref");
            String document = read(mvc.perform(multipart("/api/cases/" + ref + "/documents")
                    .file(new MockMultipartFile("file", "note.txt", "text/plain", "a note".getBytes()))
                    .with(httpBasic(applicant, IntegrationTest.PASSWORD)))
                    .andExpect(status().isCreated()).andReturn(), "$.id");
            mvc.perform(post("/api/cases/" + ref + "/submission").with(httpBasic(applicant, IntegrationTest.PASSWORD)))
                    .andExpect(status().isOk());
            String question = read(mvc.perform(post("/api/cases/" + ref + "/information-requests")
                    .with(httpBasic("secretariat", IntegrationTest.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"When?\"}"))
                    .andExpect(status().isCreated()).andReturn(), "$.id");
            fixture.put("{" + subject + "Case}", ref);
            fixture.put("{" + subject + "Document}", document);
            fixture.put("{" + subject + "Question}", question);
        }
        long hit = SystemActor.call(() -> screening.watch("matrix:1",
                dev.tandem.screening.NameToScreen.of("Paek Chang Ho", dev.tandem.screening.core.list.EntryType.PERSON))).get(0).id();
        fixture.put("{hit}", String.valueOf(hit));
    }

    private static String read(MvcResult result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.getResponse().getContentAsString(), path));
    }

    /** Every endpoint the application maps, as "METHOD pattern" ("ANY" for a mapping of every method). */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (methods.isEmpty()) {
                methods = Set.of("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    @Test
    void hasARowForEveryEndpointTheApplicationMaps() throws Exception {
        Set<String> rows = AuthorisationMatrix.read().stream().map(AuthorisationMatrix.Row::endpoint)
                .collect(Collectors.toSet());
        List<String> missing = mappedEndpoints().stream().filter(e -> !rows.contains(e)).toList();
        assertThat(missing).as("endpoints without a row in src/test/resources" + AuthorisationMatrix.RESOURCE
                + "; add (and decide each '?' as ok, 403, 404, 401, login or flash; see docs/security.md):\n"
                + missing.stream().map(e -> AuthorisationMatrix.template(e.split(" ")[0], e.split(" ")[1]))
                .collect(Collectors.joining("\n")) + "\n").isEmpty();
        Set<String> mapped = mappedEndpoints();
        List<String> gone = rows.stream().filter(e -> !mapped.contains(e)).sorted().toList();
        assertThat(gone).as("rows of " + AuthorisationMatrix.RESOURCE + " for endpoints the application no "
                + "longer maps; remove or correct them").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> callsEveryEndpointAsEveryRole() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (AuthorisationMatrix.Row row : AuthorisationMatrix.read()) {
            for (Map.Entry<String, String> cell : row.outcomes().entrySet()) {
                String role = cell.getKey();
                String expected = cell.getValue();
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " [" + row.subject() + "] as " + role + " → "
                        + expected, () -> check(row, role, expected)));
            }
        }
        return tests.stream();
    }

    private void check(AuthorisationMatrix.Row row, String role, String expected) throws Exception {
        MvcResult result = mvc.perform(requestFor(row, AuthorisationMatrix.ROLES.get(role))).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        boolean toSignIn = status / 100 == 3 && location != null && location.endsWith("/login");
        boolean flashedRefusal = status / 100 == 3 && !toSignIn && result.getFlashMap().keySet().stream()
                .anyMatch(k -> k.toLowerCase(java.util.Locale.ROOT).contains("error"));
        String seen = status + (location == null ? "" : " → " + location)
                + (flashedRefusal ? " with " + result.getFlashMap() : "");
        String where = AuthorisationMatrix.RESOURCE + " line " + row.line() + " (" + row.endpoint() + ", "
                + row.subject() + ", " + role + "): expected " + expected + ", got " + seen;
        switch (expected) {
            case "ok" -> assertThat(status != 401 && status != 403 && !toSignIn).as(where).isTrue();
            case "login" -> assertThat(toSignIn).as(where).isTrue();
            case "flash" -> assertThat(flashedRefusal).as(where).isTrue();
            default -> assertThat(status).as(where).isEqualTo(Integer.parseInt(expected));
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> requestFor(AuthorisationMatrix.Row row, String username) {
        String path = row.sample();
        for (Map.Entry<String, String> value : fixture.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        String method = row.method().equals("ANY") ? "GET" : row.method();
        String body = row.body();
        AbstractMockHttpServletRequestBuilder<?> request;
        if (body.startsWith("file:")) {
            MockMultipartHttpServletRequestBuilder multipart = multipart(HttpMethod.valueOf(method), path);
            String form = body.substring("file:".length());
            String name = "sample.txt";
            String content = "sample";
            if (form.startsWith("@file=")) {
                String file = form.substring("@file=".length());
                int colon = file.indexOf(':');
                name = file.substring(0, colon);
                content = file.substring(colon + 1).replace("\\n", "\n");
                form = "";
            }
            multipart.file(new MockMultipartFile("file", name, "text/plain",
                    content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            request = withForm(multipart, form);
        } else if (body.startsWith("form:")) {
            request = withForm(request(HttpMethod.valueOf(method), path), body.substring("form:".length()));
        } else if (body.startsWith("json:")) {
            request = request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON)
                    .content(body.substring("json:".length()));
        } else {
            request = request(HttpMethod.valueOf(method), path);
        }
        // the table is about who may, not about forged requests: every call carries a valid CSRF token
        request.with(csrf());
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return request;
    }

    private static AbstractMockHttpServletRequestBuilder<?> withForm(AbstractMockHttpServletRequestBuilder<?> request, String form) {
        if (!form.isBlank()) {
            for (String pair : form.split("&")) {
                String[] kv = pair.split("=", 2);
                request.param(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return request;
    }
}

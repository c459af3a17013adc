package dev.tandem.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.tandem.IntegrationTest;
import dev.tandem.TandemApplication;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Generated hostile bodies thrown at every write endpoint of the API (found by walking the handler mappings, so a
 * new endpoint is covered without a change here), as an applicant, the secretariat or an administrator: no answer
 * is a 5xx, and a refused request changes nothing (the journal's last entry stays where it was). Each try sends one
 * body to every endpoint; {@code -Djqwik.tries.default=N} sets the tries (see junit-platform.properties).
 */
class HostileBodiesIntegrationTests {

    private static final String[] USERS = {"applicant", "secretariat", "admin"};
    private static final List<String> FIELDS = List.of("title", "purpose", "category", "route", "plannedFrom",
            "plannedTo", "jointVenture", "items", "counterparties", "description", "quantity", "unit", "hsCode",
            "unitValueUsd", "totalValueUsd", "direction", "role", "name", "kind", "country", "reason", "version",
            "question", "answer", "status", "on", "note", "successor", "code", "nameEn", "nameKo", "parties",
            "establishedOn", "effectiveFrom", "decisionRule", "caseRouting", "noObjectionWorkingDays", "party",
            "person", "from", "to", "username", "displayName", "organisation", "password", "names", "threshold",
            "lists", "decision", "source");

    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;
    private static Journal journal;
    private static List<Endpoint> endpoints;
    private static String caseRef;

    /** A write endpoint: its method, its path pattern and whether it takes a file. */
    record Endpoint(HttpMethod method, String pattern, boolean multipart) {
    }

    @BeforeContainer
    static void start() throws Exception {
        // as arguments, not default properties: those rank below application.properties, which would put this
        // class in the data folder's database, where an earlier run's accounts have other passwords
        context = new SpringApplicationBuilder(TandemApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1",
                "--tandem.demo.enabled=true",
                "--tandem.demo.password=" + IntegrationTest.PASSWORD,
                "--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=WARN");
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        journal = context.getBean(Journal.class);
        endpoints = writeEndpoints(context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class));
        assertThat(endpoints).as("write endpoints found").hasSizeGreaterThan(10);
        MvcResult created = mvc.perform(post("/api/cases").with(httpBasic("applicant", IntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Target\",\"purpose\":\"Hostile input\",\"category\":\"HUMANITARIAN\"}"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        caseRef = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.ref");
    }

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    static List<Endpoint> writeEndpoints(RequestMappingHandlerMapping mapping) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes()
                    .contains(MediaType.MULTIPART_FORM_DATA);
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m.name().equals("POST") || m.name().equals("PUT") || m.name().equals("PATCH")
                                || m.name().equals("DELETE"))
                        .forEach(m -> found.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, multipart)));
            }
        }
        found.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
        return found;
    }

    private static String path(String pattern) {
        return pattern.replace("{ref}", caseRef).replace("{code}", "inter-korean-liaison-office")
                .replace("{username}", "applicant2").replaceAll("\\{[a-zA-Z]+}", "1");
    }

    private static long lastEntry() {
        return journal.entries(null, 1, null, null).get(0).seq();
    }

    @Property
    void answersNoHostileBodyWithA5xxAndChangesNothingWhenItRefuses(@ForAll("hostileBodies") String body,
                                                                      @ForAll("hostileNames") String fileName,
                                                                      @ForAll("users") String user)
            throws Exception {
        for (Endpoint endpoint : endpoints) {
            {
                long before = lastEntry();
                AbstractMockHttpServletRequestBuilder<?> request = endpoint.multipart()
                        ? multipart(endpoint.method(), path(endpoint.pattern())).file(new MockMultipartFile("file",
                        fileName, "text/csv", body.getBytes(StandardCharsets.UTF_8)))
                        : request(endpoint.method(), path(endpoint.pattern())).contentType(MediaType.APPLICATION_JSON)
                        .content(body.getBytes(StandardCharsets.UTF_8));
                int status = mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)))
                        .andReturn().getResponse().getStatus();
                String what = endpoint.method() + " " + endpoint.pattern() + " as " + user + " with " + abbreviated(body);
                assertThat(status).as(what).isLessThan(500);
                if (status >= 400) {
                    assertThat(lastEntry()).as("journal after a refused " + what).isEqualTo(before);
                }
            }
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.of(USERS);
    }

    @Provide
    Arbitrary<String> hostileNames() {
        return Arbitraries.oneOf(Arbitraries.of("list.csv", "a\u0000b.csv", "..\\..\\etc\\passwd", "\u202Egpj.csv",
                        "x".repeat(5000) + ".csv", "\uD800.csv", " ", ""),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> hostileBodies() {
        Arbitrary<String> object = objects(3);
        Arbitrary<String> notJson = Arbitraries.of("", "{", "null", "[]", "[null]", "\"text\"", "1e308",
                "{\"items\":[null]}", "{\"counterparties\":[null]}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "\u0000", "{\"title\":\"x\"}}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, object), net.jqwik.api.Tuple.of(2, notJson));
    }

    private Arbitrary<String> objects(int depth) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().alpha().ofMaxLength(8));
        Arbitrary<String> member = Combinators.combine(key, values(depth)).as((k, v) -> json(k) + ":" + v);
        return member.list().ofMaxSize(12).map(members -> "{" + String.join(",", members) + "}");
    }

    private Arbitrary<String> values(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("1e308", "-1e308", "123456789012345678901234567890", "0.000000000000000000001",
                        "12345678901234567.5", "-1", "0", "2147483648", "9223372036854775808", "1e-400", "NaN",
                        "true", "false", "null", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff x\"",
                        "\"\\u200b\\u200b\"", "\"\\u202e\"", "\"HUMANITARIAN\"", "\"TO\"", "\"ORGANISATION\"",
                        "\"CONSIGNEE\"", "\"APPLICANT\"", "\"ACTIVE\"", "\"TERMINATED\"", "\"2019-13-45\"",
                        "\"2020-02-30\"", "\"+999999999-12-31\"", "\"3004.90\"", "\"un\"", "\"TRUE_MATCH\""),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.bigDecimals().map(Object::toString),
                Arbitraries.strings().ofMaxLength(30).map(HostileBodiesIntegrationTests::json),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5).map(HostileBodiesIntegrationTests::json),
                Arbitraries.integers().between(101, 12_000).map(n -> json("K".repeat(n))));
        if (depth <= 0) {
            return scalars;
        }
        Arbitrary<String> arrays = Arbitraries.lazy(() -> values(depth - 1)).list().ofMaxSize(4)
                .map(values -> "[" + String.join(",", values) + "]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(2, arrays),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> objects(depth - 1))));
    }

    /** A JSON string of {@code s}; characters JSON must escape are escaped, everything else is kept. */
    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

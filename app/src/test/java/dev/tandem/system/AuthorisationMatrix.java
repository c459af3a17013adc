package dev.tandem.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorisation matrix of {@value #RESOURCE}: one row per endpoint (method and path pattern, as Spring maps it)
 * and subject, one column per role, each cell the expected outcome. The file's header comment says the format.
 */
final class AuthorisationMatrix {

    static final String RESOURCE = "/authorisation-matrix.psv";
    /** The roles, in column order, and the demo user who plays each ({@code null}: nobody signed in). */
    static final Map<String, String> ROLES = roles();
    static final List<String> OUTCOMES = List.of("ok", "403", "404", "401", "login", "flash");

    /**
     * @param subject whose resource the sample names: {@code -}, {@code own} (the applicant's), {@code other-applicant}
     *                (another applicant's) or {@code other-party} (another party's)
     * @param sample  the path to call, with fixture placeholders such as {@code {ownCase}}
     * @param body    {@code json:...}, {@code form:a=1&b=2}, {@code file:a=1} (multipart: a file "file" and the form
     *                fields) or empty
     */
    record Row(int line, String method, String pattern, String subject, String sample, String body,
               Map<String, String> outcomes) {

        String endpoint() {
            return method + " " + pattern;
        }
    }

    private AuthorisationMatrix() {
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("applicant", "applicant");
        roles.put("member", "rok.member");
        roles.put("co-chair", "rok.cochair");
        roles.put("secretariat", "secretariat");
        roles.put("auditor", "auditor");
        roles.put("administrator", "admin");
        roles.put("anonymous", null);
        return roles;
    }

    static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            boolean header = true;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                // a pattern with a regex alternation ({action:submit|withdraw}) writes its bars escaped: "\\|"
                String[] cells = Arrays.stream(text.split("(?<!\\\\)\\|", -1))
                        .map(cell -> cell.strip().replace("\\|", "|")).toArray(String[]::new);
                int expected = 5 + ROLES.size();
                if (cells.length != expected) {
                    throw new IllegalStateException(RESOURCE + " line " + line + ": " + cells.length + " cells, "
                            + expected + " expected (method | pattern | subject | sample | body | "
                            + String.join(" | ", ROLES.keySet()) + ")");
                }
                if (header) {
                    header = false;
                    continue;
                }
                Map<String, String> outcomes = new LinkedHashMap<>();
                int i = 5;
                for (String role : ROLES.keySet()) {
                    String outcome = cells[i++];
                    if (!OUTCOMES.contains(outcome)) {
                        throw new IllegalStateException(RESOURCE + " line " + line + ": '" + outcome + "' for "
                                + role + " is not one of " + OUTCOMES);
                    }
                    outcomes.put(role, outcome);
                }
                rows.add(new Row(line, cells[0], cells[1], cells[2], cells[3], cells[4], outcomes));
            }
        }
        return rows;
    }

    /** A row to paste for an endpoint the table lacks, with every outcome still to be decided. */
    static String template(String method, String pattern) {
        StringBuilder row = new StringBuilder(method + " | " + pattern + " | - | " + pattern + " | ");
        for (String ignored : ROLES.keySet()) {
            row.append(" | ?");
        }
        return row.toString();
    }
}

package dev.tandem.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP over a socket to the test server on loopback, so that a test can send what a browser or an attacker
 * would, including a forged {@code Host} header (which Java's HTTP clients will not send) and HTTP/1.0.
 */
final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    record Response(int status, List<String> headerLines, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        /** The value of the session cookie this response sets, if it sets one. */
        Optional<String> sessionCookie() {
            return headerLines.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
                    .map(h -> h.substring("set-cookie:".length()).strip())
                    .filter(c -> c.startsWith("SESSION=")).map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst();
        }

        String csrfToken() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token in the page");
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends one request and reads the whole answer (the connection closes after it).
     *
     * @param headers further header lines, e.g. {@code "Cookie: SESSION=..."}
     */
    Response send(String protocol, String method, String path, String host, String body, String... headers)
            throws IOException {
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(path).append(' ').append(protocol).append("\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String rest = end < 0 ? "" : answer.substring(end + 4);
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            String statusLine = lines.remove(0);
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), lines, rest);
        }
    }

    /** Signs in through the form as a browser would and returns the session cookie ({@code SESSION=...}). */
    String signIn(String user, String password) throws IOException {
        Response page = send("HTTP/1.0", "GET", "/login", "127.0.0.1:" + port, null);
        String cookie = page.sessionCookie().orElseThrow(() -> new AssertionError("no session cookie on /login"));
        Response signedIn = send("HTTP/1.0", "POST", "/login", "127.0.0.1:" + port,
                "username=" + user + "&password=" + password + "&_csrf=" + page.csrfToken(), "Cookie: " + cookie);
        if (signedIn.status() != 302 || signedIn.header("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed: " + signedIn.status() + " " + signedIn.headerLines());
        }
        return signedIn.sessionCookie().orElse(cookie);
    }
}

package dev.tandem.system;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps every redirect relative. A servlet container turns {@code sendRedirect("/login")} into an absolute URL built
 * from the request's {@code Host} header (always for HTTP/1.0, and for HTTP/1.1 unless told otherwise), so that a
 * forged Host sends the browser elsewhere; here a relative location is written as it is, with status 302.
 * Absolute locations are left alone: Tandem itself never builds one.
 */
final class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                sendRedirect(location, SC_FOUND, true);
            }

            @Override
            public void sendRedirect(String location, boolean clearBuffer) throws IOException {
                sendRedirect(location, SC_FOUND, clearBuffer);
            }

            @Override
            public void sendRedirect(String location, int sc) throws IOException {
                sendRedirect(location, sc, true);
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                if (!isRelative(location)) {
                    super.sendRedirect(location, sc, clearBuffer);
                    return;
                }
                if (isCommitted()) {
                    throw new IllegalStateException("the response is committed; cannot redirect to " + location);
                }
                if (clearBuffer) {
                    resetBuffer();
                }
                setStatus(sc);
                setHeader(HttpHeaders.LOCATION, location);
                flushBuffer();
            }
        });
    }

    /** A path on this server: starts with one slash (two would name another host). */
    static boolean isRelative(String location) {
        return location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\");
    }
}

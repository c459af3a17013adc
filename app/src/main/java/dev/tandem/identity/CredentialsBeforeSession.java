package dev.tandem.identity;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that brings an {@code Authorization} header is judged by those credentials alone. Spring Security's Basic
 * filter skips checking the password when the session already holds a user of the same name, so a stolen session
 * cookie beside a wrong password would pass; here the session's user is set aside first (for this request only:
 * the session itself is not changed), and a scheme other than Basic is refused outright, since Tandem reads no other.
 */
final class CredentialsBeforeSession extends OncePerRequestFilter {

    private final AuthenticationEntryPoint refuse;

    CredentialsBeforeSession(AuthenticationEntryPoint refuse) {
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            if (!SecurityConfiguration.isBasic(header)) {
                refuse.commence(request, response, new BadCredentialsException("only HTTP Basic credentials are read"));
                return;
            }
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
        chain.doFilter(request, response);
    }
}

package dev.tandem.identity;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what over HTTP. Pages sign in with a form and a session; API clients may also send HTTP Basic
 * credentials. Finer rules (which role may change what) sit on the module APIs with {@code @PreAuthorize}, so the
 * UI and the API cannot differ.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Only a web server has requests to filter; the command line runs without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher api = pathPattern("/api/**");
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            // credentials that could not be checked (the user store failed, e.g. the database is away) are not
            // wrong credentials: the failure goes on as what it is, and the web layer answers it (503)
            if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                    && e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            problem(response, json, HttpStatus.UNAUTHORIZED, "Sign in first: send a session cookie or HTTP Basic credentials");
        };
        AccessDeniedHandler pageDenied = new AccessDeniedHandlerImpl();
        AccessDeniedHandler apiDenied = (request, response, e) -> {
            if (e instanceof org.springframework.security.web.csrf.CsrfException) {
                problem(response, json, HttpStatus.FORBIDDEN, "Missing or invalid CSRF token (field _csrf or header X-CSRF-TOKEN)");
            } else {
                problem(response, json, HttpStatus.FORBIDDEN, "Your role may not do this");
            }
        };
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        // the default builds an absolute URL from the Host header; a relative one cannot be pointed elsewhere
        signIn.setFavorRelativeUris(true);
        http
                .addFilterBefore(new CredentialsBeforeSession(apiEntryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/api-docs",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // verification of published UN exemptions, for banks and suppliers (rate-limited there)
                        .requestMatchers(HttpMethod.GET, "/verify", "/verify/*", "/api/public/exemptions/*").permitAll()
                        // the transparency report holds aggregates only, for the public (ADR 0019)
                        .requestMatchers(HttpMethod.GET, "/transparency", "/api/transparency").permitAll()
                        .requestMatchers("/admin/**")
                                .hasAnyRole(Permissions.roleNames(Permissions.ADMINISTRATORS))
                        // the filing form is for those who may file (the service checks the filing itself)
                        .requestMatchers(HttpMethod.GET, "/cases/new")
                                .hasAnyRole(Permissions.roleNames(Permissions.APPLICANTS))
                        .requestMatchers("/journal/**", "/api/journal/**")
                                .hasAnyRole(Permissions.roleNames(Permissions.JOURNAL_READERS))
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !sendsBasicCredentials(request)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
                                signIn,
                                new RequestMatcherEntry<>(api, apiEntryPoint)))
                        .defaultAccessDeniedHandlerFor(apiDenied, api)
                        .defaultAccessDeniedHandlerFor(pageDenied, request -> true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * A request that carries its own credentials cannot be forged by another site (browsers never add Basic
     * credentials that Tandem did not ask for, and Tandem never asks), so it needs no CSRF token.
     */
    private static boolean sendsBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && isBasic(header);
    }

    static boolean isBasic(String authorization) {
        return authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}

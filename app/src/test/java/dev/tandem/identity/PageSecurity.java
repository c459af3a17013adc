package dev.tandem.identity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imported by a web slice that checks who may reach its pages: the application's own rules (sign-in page, public
 * pages, the administrators' and auditors' paths) in place of Spring Boot's default chain, which a slice gets
 * otherwise and which knows none of them.
 */
@TestConfiguration
@Import(SecurityConfiguration.class)
public class PageSecurity {

    /** What a page answers an anonymous visitor: the way to the sign-in page, and nothing else. */
    public static ResultMatcher sentToSignIn() {
        return result -> {
            status().is3xxRedirection().match(result);
            redirectedUrl("/login").match(result);
        };
    }
}

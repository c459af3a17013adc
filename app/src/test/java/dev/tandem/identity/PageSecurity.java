package dev.tandem.identity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Imported by a web slice that checks who may reach its pages: the application's own rules (sign-in page, public
 * pages, the administrators' and auditors' paths) in place of Spring Boot's default chain, which a slice gets
 * otherwise and which knows none of them.
 */
@TestConfiguration
@Import(SecurityConfiguration.class)
public class PageSecurity {
}

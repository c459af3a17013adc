package dev.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A Tandem application on a random port over an in-memory H2 database, with the demo content loaded and every
 * demo user's password set to {@link #PASSWORD}. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tandem;DB_CLOSE_DELAY=-1",
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD,
        "spring.thymeleaf.cache=false"})
public @interface IntegrationTest {

    String PASSWORD = "test-password-1234";
}

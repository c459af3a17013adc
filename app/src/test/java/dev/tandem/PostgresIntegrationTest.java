package dev.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but on a real PostgreSQL server (see {@link PostgresDatabase}). All classes with
 * this annotation share one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD})
@ContextConfiguration(initializers = PostgresIntegrationTest.Initializer.class)
public @interface PostgresIntegrationTest {

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("postgres", new java.util.HashMap<>(PostgresDatabase.freshDatabase())));
        }
    }
}

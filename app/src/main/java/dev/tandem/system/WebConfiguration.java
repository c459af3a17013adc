package dev.tandem.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import org.thymeleaf.spring6.SpringTemplateEngine;

import tools.jackson.databind.ObjectMapper;

/**
 * English and Korean, chosen with {@code ?lang=ko} and kept in a cookie; the clock; the request size limit.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tandem-lang");
        // Without a choice of its own, a page speaks the browser's language where Tandem has it, else English.
        resolver.setDefaultLocaleFunction(ApiExceptionHandler::languageOf);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // a malformed language cookie (e.g. a quoted value) means the default language, not a 500
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Around everything that may redirect (security, pages), so that none reflects the Host header. */
    @Bean
    FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
        FilterRegistrationBean<RelativeRedirects> registration = new FilterRegistrationBean<>(new RelativeRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${tandem.web.max-request-bytes}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxMultipart,
            ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBody.toBytes(), maxMultipart.toBytes(), json));
        // before security: an oversize body is refused before anything reads it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectMapper json,
            SpringTemplateEngine templates, LocaleResolver locales) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json, templates, locales));
        // around the session and security filters, which read the database before any controller
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}

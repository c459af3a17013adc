package dev.tandem.common;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as the web layer reads them, for a test that says refusals without Spring. */
public final class MessageBundles {

    private MessageBundles() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

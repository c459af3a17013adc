package dev.tandem.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the shipped item rules once, at start; a broken rule file stops the application with its reason. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    ItemRuleBook itemRuleBook() {
        return ItemRuleBook.shipped();
    }
}

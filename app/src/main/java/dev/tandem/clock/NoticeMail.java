package dev.tandem.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import dev.tandem.identity.UserManagement;

/**
 * Mails a notice to its user: its title as the subject, its link as the body, nothing else (an e-mail leaves
 * Tandem; what the notice is about stays behind the link, where permissions apply). Mail is configured when
 * Spring Boot made a {@link JavaMailSender}, i.e. when {@code spring.mail.host} is set.
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Notices notices;
    private final UserManagement users;
    private final ClockProperties properties;

    NoticeMail(ObjectProvider<JavaMailSender> sender, Notices notices, UserManagement users,
               ClockProperties properties) {
        this.sender = sender;
        this.notices = notices;
        this.users = users;
        this.properties = properties;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends notice {@code id}; a failure is thrown, so that the scheduler tries again later. */
    void send(long id) {
        JavaMailSender mailSender = sender.getIfAvailable();
        Notice notice = notices.byId(id).orElse(null);
        if (mailSender == null || notice == null) {
            return;
        }
        String address = users.mailAddressOf(notice.username()).orElse(null);
        if (address == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(address);
        message.setSubject(notice.title());
        message.setText(properties.baseUrl() + notice.link() + "\n");
        try {
            mailSender.send(message);
        } catch (RuntimeException e) {
            log.warn("Notice {} could not be mailed to {} ({}); the scheduler tries again later", id,
                    notice.username(), e.getMessage());
            throw e;
        }
    }
}

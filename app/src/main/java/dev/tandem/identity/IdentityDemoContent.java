package dev.tandem.identity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;

/**
 * One demo user per role, created on first start of an empty database. There are no default passwords: each
 * user gets a random one, printed once to the console, unless TANDEM_DEMO_PASSWORD sets one for all (tests,
 * demonstrations). Lost passwords: {@code ./tandem reset-password USER}. Their e-mail addresses are on the
 * reserved domain example.org (RFC 2606), so a demo with a real mail server configured mails nobody real.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class IdentityDemoContent implements ApplicationRunner {

    record DemoUser(String username, String displayName, Role role, String party, String organisation) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("applicant", "Kim Min-ji", Role.APPLICANT, null, "Hanbit Medical Aid (demo NGO)"),
            new DemoUser("applicant2", "Lee Jun-ho", Role.APPLICANT, null, "Saemaeul Rail Works (demo company)"),
            new DemoUser("rok.member", "Park Seo-yeon", Role.MEMBER, "ROK", null),
            new DemoUser("rok.cochair", "Choi Jae-won", Role.CO_CHAIR, "ROK", null),
            new DemoUser("us.member", "Emily Carter", Role.MEMBER, "US", null),
            new DemoUser("us.cochair", "Daniel Brooks", Role.CO_CHAIR, "US", null),
            new DemoUser("secretariat", "Jung Ha-eun", Role.SECRETARIAT, "ROK", null),
            new DemoUser("auditor", "Han Do-yun", Role.AUDITOR, "ROK", null),
            new DemoUser("admin", "Yoon Seo-jin", Role.ADMINISTRATOR, "ROK", null));

    private final UserManagement users;
    private final TransactionTemplate transaction;
    private final String sharedPassword;
    private final PrintStream console;

    IdentityDemoContent(UserManagement users, TransactionTemplate transaction,
                        @Value("${tandem.demo.password:}") String sharedPassword) {
        this.users = users;
        this.transaction = transaction;
        this.sharedPassword = sharedPassword.isBlank() ? null : sharedPassword;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasUsers()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            for (DemoUser u : USERS) {
                UserManagement.Created created = users.create(new NewUser(u.username(), u.displayName(), u.role(),
                        u.party(), u.organisation(), sharedPassword, u.username() + "@example.org"));
                lines.add(String.format("  %-12s %-14s %s", u.username(), u.role(),
                        created.initialPassword() == null ? "(TANDEM_DEMO_PASSWORD)" : created.initialPassword()));
            }
        }));
        console.println();
        console.println("=== Tandem demo users (passwords are shown only this once) ===");
        lines.forEach(console::println);
        console.println("  Lost one? ./tandem reset-password USER");
        console.println("==============================================================");
        console.println();
    }
}

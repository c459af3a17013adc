package dev.tandem.forum;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;

/**
 * The end of the ROK–US working group, told after the demo cases of its time are on file: terminated on
 * 23 June 2021 (agreed 21 June by Noh Kyu-duk and Sung Kim; BRIEF S110, S90) and handed over to the
 * director-general-level consultation, which takes its open work.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class ForumDemoEnding implements ApplicationRunner {

    private final Forums forums;
    private final ForumManagement management;
    private final TransactionTemplate transaction;

    ForumDemoEnding(Forums forums, ForumManagement management, TransactionTemplate transaction) {
        this.forums = forums;
        this.management = management;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean due = forums.byCode(ForumDemoContent.WORKING_GROUP)
                .map(f -> f.status() != ForumStatus.TERMINATED).orElse(false);
        if (!due) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            management.terminate(ForumDemoContent.WORKING_GROUP, LocalDate.of(2021, 6, 23),
                    "Termination agreed by Noh Kyu-duk and Sung Kim on 21 June 2021, confirmed by MOFA on 23 June",
                    ForumDemoContent.DG_CONSULTATION, "The group's work moves to director-general-level consultations");
        }));
    }
}

package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumKind;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.NewForum;

/** Forums of ROK and US that tests create for themselves, so that no test relies on the demo's forums. */
final class TestForums {

    private TestForums() {
    }

    /** A new open forum of ROK and US whose only charter, in force from {@code from}, routes cases as given. */
    static String takingCases(ForumManagement forums, CaseRouting routing, LocalDate from, String charterName) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            forums.establish(new NewForum(code, "Test forum " + code, "시험 협의체 " + code, ForumKind.WORKING_GROUP,
                    List.of("ROK", "US"), from, null));
            forums.adoptCharter(code, new ForumManagement.NewCharter(charterName, charterName + " (한국어)", from,
                    routing == CaseRouting.SELECTIVE ? DecisionRule.NO_OBJECTION : DecisionRule.CONSENSUS_OF_CO_CHAIRS,
                    5, true, routing, 5, 20, null));
        });
        return code;
    }

    /** A new open forum of ROK and US that selects the cases it reviews, under a charter in force since 2018. */
    static String selective(ForumManagement forums) {
        return takingCases(forums, CaseRouting.SELECTIVE, LocalDate.of(2018, 1, 1), "Selective test rules");
    }
}

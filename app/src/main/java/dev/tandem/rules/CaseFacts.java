package dev.tandem.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the item rules need to know about a case.
 *
 * @param filedOn      the day the case is judged as of: picks the rule version and the cap period
 * @param codesFiledOn the day the applicant filed the case: picks the HS edition its codes are read in (a case
 *                     re-triaged years later keeps the codes of its filing day); null means {@code filedOn}
 * @param declarations facts of the case the applicant answered yes to, as the rule version names them
 *                     ("joint-venture", "dprk-workers", "ship-to-ship-transfer", ...)
 */
public record CaseFacts(String caseRef, LocalDate filedOn, LocalDate codesFiledOn, Set<String> declarations,
        List<ItemFacts> items) {

    public static final String JOINT_VENTURE = "joint-venture";

    public CaseFacts {
        declarations = declarations == null ? Set.of() : Set.copyOf(new TreeSet<>(declarations));
        if (codesFiledOn == null) {
            codesFiledOn = filedOn;
        }
    }

    /** A case filed and judged on one day whose only possible declaration is a joint venture with a DPRK entity. */
    public CaseFacts(String caseRef, LocalDate filedOn, boolean jointVentureWithDprkEntity, List<ItemFacts> items) {
        this(caseRef, filedOn, filedOn, jointVentureWithDprkEntity ? Set.of(JOINT_VENTURE) : Set.of(), items);
    }
}

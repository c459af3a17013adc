package dev.tandem.screening;

import java.util.Set;
import java.util.stream.Collectors;

import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Journal;

/**
 * The person acting on a hit, with the roles and the party that the four-eyes rule compares, as {@link CurrentUser}
 * says.
 *
 * @param party null for a person of no party (an applicant, the system)
 */
record Decider(String name, Set<String> roles, String party) {


    static Decider of(CurrentUser user) {
        if (!user.isSignedIn()) {
            return new Decider(Journal.SYSTEM_ACTOR, Set.of(), null);
        }
        return new Decider(user.actorName(),
                user.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), user.party().orElse(null));
    }

    /** The role this person decides in: the first of theirs that may decide hits, or null. */
    String decidingRole() {
        return ScreeningHit.DECIDING_ROLES.stream().filter(roles::contains).findFirst().orElse(null);
    }
}

package dev.tandem.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CasePage;
import dev.tandem.casefile.CaseSummary;
import dev.tandem.common.SystemActor;
import dev.tandem.identity.Role;
import dev.tandem.journal.Journal;

/**
 * The working group's sessions as data (docs/domain/BRIEF.md §3.1, §3.3): the inaugural meeting in Washington on
 * 20 November 2018 (S72, S73), the first working-level videoconference of 7 December (S73), the Seoul meeting of
 * 21 December with the railway groundbreaking, the aid through international organisations and the Tamiflu shipment
 * (S75, S83, S85), the January 2019 videoconference that agreed to seek exemptions for electronic devices and kept
 * the Tamiflu delivery going (S88, S91), and the 14 March 2019 session in Washington that cleared the video reunions
 * (S93). Each party published its readout of the inaugural meeting; a joint statement on the video reunions was
 * drafted in two versions, signed by both co-chairs and published. A session planned for July 2021 with the NGO
 * assistance package on its agenda (a topic: its review stays with the decision module) is still scheduled when the group ends, so the hand-over (told later, by the forum
 * module) cancels it and carries the package to the director-general-level consultation. The texts of the readouts
 * and the statement are Tandem's summaries of the cited facts, not quotations. Loaded after the cases and their reviews (the
 * decision module's demo), before the hand-over; runs through the services, checked and journaled like a person's work.
 */
@Component
@Order(36)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class SessionDemoContent implements ApplicationRunner {

    static final String WORKING_GROUP = "rok-us-working-group";
    private static final String SEOUL = "Asia/Seoul";
    private static final String WASHINGTON = "America/New_York";

    private final SessionManagement sessions;
    private final JointStatements statements;
    private final Sessions store;
    private final CaseManagement cases;
    private final dev.tandem.forum.ForumManagement forums;
    private final TransactionTemplate transaction;

    SessionDemoContent(SessionManagement sessions, JointStatements statements, Sessions store, CaseManagement cases,
                       dev.tandem.forum.ForumManagement forums, TransactionTemplate transaction) {
        this.forums = forums;
        this.sessions = sessions;
        this.statements = statements;
        this.store = store;
        this.cases = cases;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean due = forums.summary(WORKING_GROUP).isPresent() && store.ofForum(WORKING_GROUP).isEmpty();
        if (!due) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        ForumSession inaugural = session("Inaugural meeting of the ROK–US working group", "2018-11-20", "10:00",
                WASHINGTON, 180, "Department of State, Washington");
        AgendaItem denuclearization = topic(inaugural, Track.DENUCLEARIZATION, "Coordinating denuclearization diplomacy", 60);
        AgendaItem sanctions = topic(inaugural, Track.SANCTIONS_IMPLEMENTATION, "Implementing the UN sanctions", 40);
        AgendaItem survey = topic(inaugural, Track.INTER_KOREAN_COOPERATION,
                "Joint railway survey: fuel and goods for the survey train", 40);
        attend(inaugural, "ROK", "Lee Do-hoon", "Co-chair, Special Representative for Korean Peninsula Peace and Security Affairs");
        attend(inaugural, "US", "Stephen Biegun", "Co-chair, Special Representative for North Korea");
        attend(inaugural, "US", "Allison Hooker", "National Security Council");
        held(inaugural, "Co-chaired by Stephen Biegun and Lee Do-hoon");
        outcome(inaugural, denuclearization, "Agreed to coordinate closely on denuclearization and the peace regime");
        outcome(inaugural, sanctions, "Agreed that inter-Korean cooperation proceeds in compliance with UN sanctions");
        outcome(inaugural, survey, "Support for the exemption request; the 1718 Committee granted it on 23 November 2018");

        ForumSession video = session("First working-level videoconference", "2018-12-07", "09:00", SEOUL, 90,
                "Videoconference, Seoul – Washington");
        AgendaItem rhythm = topic(video, Track.INTER_KOREAN_COOPERATION, "Rhythm of the working group", 30);
        attend(video, "ROK", "Rhee Dong-yeol", "Director-General, Korean Peninsula Peace Regime Bureau");
        attend(video, "US", "Alex Wong", "Deputy Assistant Secretary of State");
        held(video, "DG Rhee Dong-yeol and DAS Alex Wong");
        outcome(video, rhythm, "Co-chairs to meet about monthly, working level by video in between");

        ForumSession seoul = session("Second meeting of the working group", "2018-12-21", "10:00", SEOUL, 180,
                "Ministry of Foreign Affairs, Seoul");
        AgendaItem groundbreaking = topic(seoul, Track.INTER_KOREAN_COOPERATION,
                "Groundbreaking of the rail and road links at Panmun Station: goods for the ceremony", 40);
        AgendaItem aid = topic(seoul, Track.HUMANITARIAN, "US$8 million of aid through international organisations", 20);
        Optional<AgendaItem> tamiflu = caseItem(seoul, "Tamiflu", 30);
        AgendaItem summit = topic(seoul, Track.DENUCLEARIZATION, "Preparing a second US–DPRK summit", 40);
        attend(seoul, "ROK", "Lee Do-hoon", "Co-chair");
        attend(seoul, "US", "Stephen Biegun", "Co-chair");
        held(seoul, null);
        outcome(seoul, groundbreaking, "Consensus to support the exemption; granted 24 December, ceremony held 26 December 2018");
        outcome(seoul, aid, "Both sides support the contribution");
        tamiflu.ifPresent(item -> outcome(seoul, item, "Consensus at this session; the medicine needs no UN exemption, "
                + "the trucks crossing the border are reviewed further; delivery set for 11 January 2019"));
        outcome(seoul, summit, "Exchange of views");

        ForumSession january = session("Working-level videoconference", "2019-01-17", "09:00", SEOUL, 90,
                "Videoconference, Seoul – Washington");
        AgendaItem devices = topic(january, Track.INTER_KOREAN_COOPERATION,
                "Electronic devices for the rail survey and the remains excavation", 30);
        AgendaItem trucks = topic(january, Track.HUMANITARIAN, "Tamiflu delivery: the trucks", 30);
        held(january, null);
        outcome(january, devices, "Agreed to request UN exemptions for the devices");
        outcome(january, trucks, "Agreement by video call to go ahead; the delivery was later postponed and collapsed");

        ForumSession march = session("Working group session after the Hanoi summit", "2019-03-14", "10:00",
                WASHINGTON, 120, "Department of State, Washington");
        Optional<AgendaItem> reunions = caseItem(march, "Video reunions", 30);
        AgendaItem hanoi = topic(march, Track.DENUCLEARIZATION, "After the Hanoi summit", 60);
        attend(march, "ROK", "Rhee Dong-yeol", "Director-General");
        attend(march, "US", "Alex Wong", "Deputy Assistant Secretary of State");
        held(march, "Director-general level");
        reunions.ifPresent(item -> outcome(march, item,
                "Cleared: cameras and fibre-optic cable for the video reunion rooms (UN exemption of 8 March 2019)"));
        outcome(march, hanoi, "Exchange of views on the way forward");

        minutes(inaugural, "<h3>Inaugural meeting</h3><p>The co-chairs opened the working group.</p>");
        minutes(inaugural, "<h3>Inaugural meeting</h3><p>The co-chairs opened the working group.</p>"
                + "<ul><li>Denuclearization diplomacy</li><li>Sanctions implementation</li>"
                + "<li>Inter-Korean cooperation that complies with UN sanctions</li></ul>");

        as("rok.cochair", Role.CO_CHAIR, "ROK", () -> {
            sessions.writeReadout(inaugural.id(), new SessionCommands.ReadoutText("<p>Special Representative Lee "
                    + "Do-hoon and Special Representative Stephen Biegun launched the working group in Washington to "
                    + "coordinate denuclearization, sanctions implementation and inter-Korean cooperation.</p>", null));
            return sessions.publishReadout(inaugural.id());
        });
        as("us.cochair", Role.CO_CHAIR, "US", () -> {
            sessions.writeReadout(inaugural.id(), new SessionCommands.ReadoutText("<p>Special Representative Biegun "
                    + "hosted the first meeting of the U.S.–ROK working group, which will coordinate diplomacy, "
                    + "denuclearization, sanctions implementation and inter-Korean cooperation that complies with UN "
                    + "sanctions.</p>", null));
            return sessions.publishReadout(inaugural.id());
        });

        JointStatement statement = as("rok.member", Role.MEMBER, "ROK", () -> statements.draft(WORKING_GROUP,
                new SessionCommands.NewStatement("Joint statement on video reunions of separated families", march.id(),
                        "The working group supports equipping video reunion rooms for separated families.",
                        "워킹그룹은 이산가족 화상상봉장 설비 지원을 지지한다.")));
        as("us.member", Role.MEMBER, "US", () -> statements.redraft(statement.id(), new SessionCommands.Redraft(
                "The working group supports equipping video reunion rooms for separated families.\n"
                        + "The cameras and fibre-optic cable are covered by the UN exemption of 8 March 2019.",
                "워킹그룹은 이산가족 화상상봉장 설비 지원을 지지한다.\n"
                        + "카메라와 광케이블은 2019년 3월 8일 유엔 제재 면제를 받았다.")));
        as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.sign(statement.id(), 1));
        as("us.cochair", Role.CO_CHAIR, "US", () -> statements.sign(statement.id(), 2));
        // ROK had signed the first version; both must sign the same one, so ROK signs the second too
        as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.sign(statement.id(), 2));
        statements.publish(statement.id());

        ForumSession planned = session("Working group session (planned)", "2021-07-15", "10:00", SEOUL, 120,
                "Ministry of Foreign Affairs, Seoul");
        topic(planned, Track.HUMANITARIAN, "NGO comprehensive assistance package: the exemptions it needs", 30);
    }

    private ForumSession session(String title, String day, String time, String zone, int minutes, String venue) {
        return sessions.schedule(WORKING_GROUP, new SessionCommands.Schedule(title, LocalDate.parse(day),
                LocalTime.parse(time), zone, minutes, venue, null));
    }

    private void held(ForumSession session, String note) {
        sessions.markHeld(session.id(), note);
    }

    private void attend(ForumSession session, String party, String person, String role) {
        sessions.attend(session.id(), new SessionCommands.Attend(party, person, role));
    }

    private AgendaItem topic(ForumSession session, Track track, String title, int minutes) {
        ForumSession changed = sessions.addTopic(session.id(), new SessionCommands.Topic(track, title, minutes));
        return changed.agenda().get(changed.agenda().size() - 1);
    }

    /** The demo case whose title contains {@code words}, on the agenda by its first forum-review clearance. */
    private Optional<AgendaItem> caseItem(ForumSession session, String words, int minutes) {
        List<CaseSummary> all = cases.cases(null, 0, CasePage.MAX_SIZE).cases();
        Optional<CaseSummary> found = all.stream().filter(c -> c.title().contains(words)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = cases.caseFile(found.get().ref());
        for (int i = 0; i < file.clearances().size(); i++) {
            if ("FORUM_REVIEW".equals(file.clearances().get(i).authority())) {
                ForumSession changed = sessions.addCase(session.id(),
                        new SessionCommands.CaseItem(file.ref(), i + 1, minutes));
                return Optional.of(changed.agenda().get(changed.agenda().size() - 1));
            }
        }
        return Optional.empty();
    }

    private void outcome(ForumSession session, AgendaItem item, String text) {
        sessions.recordOutcome(session.id(), item.id(), text);
    }

    private void minutes(ForumSession session, String html) {
        List<MinutesRevision> revisions = sessions.minutes(session.id());
        sessions.saveMinutes(session.id(), new SessionCommands.Minutes(html, revisions.size()));
    }

    /** Runs demo work as a party's official, as a signed-in request would carry them. */
    private static <T> T as(String user, Role role, String party, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(role.authority(), Journal.PARTY_AUTHORITY_PREFIX + party)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

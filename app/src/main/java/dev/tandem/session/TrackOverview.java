package dev.tandem.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CasePage;
import dev.tandem.casefile.CaseSummary;
import dev.tandem.common.NotFoundException;
import dev.tandem.forum.ForumManagement;

/**
 * The tracks side by side: for each quarter of a forum's life, how many sessions took up each track, how many of
 * its agenda items were discussed, and how many cases on it were filed, with running totals, so a reader sees
 * whether one track lags the other ("we view them as tandem, as moving forward together").
 */
@Service
public class TrackOverview {

    /** The tracks compared side by side. */
    public static final List<Track> COMPARED = List.of(Track.DENUCLEARIZATION, Track.INTER_KOREAN_COOPERATION);

    private final Sessions sessions;
    private final CaseManagement cases;
    private final ForumManagement forums;

    TrackOverview(Sessions sessions, CaseManagement cases, ForumManagement forums) {
        this.sessions = sessions;
        this.cases = cases;
        this.forums = forums;
    }

    /** Counts of one track in one quarter, and the running total of its activity up to then. */
    public record Counts(int sessions, int items, int discussed, int cases, int total) {
        public int activity() {
            return sessions + discussed + cases;
        }
    }

    /** One quarter ("2019-Q1"), each compared track's counts, and the track that is behind (none when even). */
    public record Quarter(String quarter, Map<Track, Counts> tracks, Track lagging) {
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<Quarter> quarters(String forumCode) {
        forums.summary(forumCode).orElseThrow(() -> new NotFoundException("forum", "forum", forumCode));
        Map<String, Map<Track, int[]>> byQuarter = new TreeMap<>();
        for (ForumSession session : sessions.ofForum(forumCode)) {
            if (session.status() == SessionStatus.CANCELLED) {
                continue;
            }
            String quarter = quarter(session.localStart().toLocalDate());
            for (Track track : COMPARED) {
                List<AgendaItem> on = session.agenda().stream().filter(i -> i.track() == track).toList();
                int[] c = counts(byQuarter, quarter, track);
                if (!on.isEmpty()) {
                    c[0]++;
                }
                c[1] += on.size();
                c[2] += (int) on.stream().filter(AgendaItem::discussed).count();
            }
        }
        for (CaseSummary summary : allCases()) {
            Track track = Track.of(summary.category());
            if (forumCode.equals(summary.forum()) && COMPARED.contains(track) && summary.filedOn() != null) {
                counts(byQuarter, quarter(summary.filedOn()), track)[3]++;
            }
        }
        List<Quarter> quarters = new ArrayList<>();
        Map<Track, Integer> totals = new EnumMap<>(Track.class);
        for (Map.Entry<String, Map<Track, int[]>> entry : byQuarter.entrySet()) {
            Map<Track, Counts> row = new EnumMap<>(Track.class);
            for (Track track : COMPARED) {
                int[] c = entry.getValue().getOrDefault(track, new int[4]);
                int total = totals.getOrDefault(track, 0) + c[0] + c[2] + c[3];
                totals.put(track, total);
                row.put(track, new Counts(c[0], c[1], c[2], c[3], total));
            }
            int a = row.get(COMPARED.get(0)).total();
            int b = row.get(COMPARED.get(1)).total();
            quarters.add(new Quarter(entry.getKey(), row, a == b ? null : a < b ? COMPARED.get(0) : COMPARED.get(1)));
        }
        return quarters;
    }

    private List<CaseSummary> allCases() {
        List<CaseSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CasePage rows = cases.cases(null, page, CasePage.MAX_SIZE);
            all.addAll(rows.cases());
            if (rows.cases().size() < CasePage.MAX_SIZE) {
                return all;
            }
        }
    }

    private static int[] counts(Map<String, Map<Track, int[]>> byQuarter, String quarter, Track track) {
        return byQuarter.computeIfAbsent(quarter, q -> new EnumMap<>(Track.class))
                .computeIfAbsent(track, t -> new int[4]);
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}

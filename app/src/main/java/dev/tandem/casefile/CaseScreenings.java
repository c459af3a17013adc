package dev.tandem.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.screening.HitView;
import dev.tandem.screening.ScreeningManagement;

/** The screening state of each counterparty of a case, read in one query whatever the number of counterparties. */
@Component
public class CaseScreenings {

    private final ScreeningManagement screening;

    CaseScreenings(ScreeningManagement screening) {
        this.screening = screening;
    }

    /** For a case the caller has been allowed to read. */
    @Transactional(readOnly = true)
    public List<CounterpartyScreening> of(CaseFile file) {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < file.counterparties().size(); i++) {
            subjects.add(CaseTriage.subjectRef(file.ref(), i));
        }
        boolean screened = file.filedOn() != null;
        Map<String, List<HitView>> hits = screened
                ? screening.hitsOf(subjects).stream().collect(Collectors.groupingBy(HitView::subjectRef))
                : Map.of();
        List<CounterpartyScreening> result = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            result.add(CounterpartyScreening.of(i, file.counterparties().get(i), screened,
                    hits.getOrDefault(subjects.get(i), List.of())));
        }
        return result;
    }
}

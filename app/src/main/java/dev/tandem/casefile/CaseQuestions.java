package dev.tandem.casefile;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Requests for information: the secretariat asks the applicant about an open case, the applicant answers once.
 * The answer goes through the request itself, which refuses a second one. Every question and answer is journaled.
 */
@Service
public class CaseQuestions {

    private final CaseAccess access;
    private final InformationRequests questions;
    private final Journal journal;
    private final Clock clock;

    CaseQuestions(CaseAccess access, InformationRequests questions, Journal journal, Clock clock) {
        this.access = access;
        this.questions = questions;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InformationRequest> informationRequests(String ref) {
        return questions.of(access.visibleId(ref));
    }

    @Transactional(readOnly = true)
    public InformationRequest informationRequest(String ref, long id) {
        return questions.byId(access.visibleId(ref), id)
                .orElseThrow(() -> new NotFoundException("id", "informationRequest", id));
    }

    @PreAuthorize(CaseManagement.STAFF)
    @Transactional
    public InformationRequest ask(String ref, String question) {
        CaseFile file = access.staffCase(ref, null);
        CaseManagement.text("question", question, CaseLimits.QUESTION);
        if (!file.status().isOpen()) {
            throw new RuleViolationException("status", "refusal.casefile.questionWhenClosed", ref,
                    CaseFile.label(file.status()));
        }
        InformationRequest asked = questions.ask(file.id(), question.strip(), access.actor(), clock.instant());
        journal.record(Change.of("casefile.information-requested", "case", ref).to(asked));
        return asked;
    }

    @PreAuthorize("@permissions.mayFileCases()")
    @Transactional
    public InformationRequest answer(String ref, long requestId, String answer) {
        CaseFile file = access.owned(ref, null);
        CaseManagement.text("answer", answer, CaseLimits.ANSWER);
        InformationRequest question = questions.byId(file.id(), requestId)
                .orElseThrow(() -> new NotFoundException("request", "informationRequest", requestId));
        InformationRequest answered = questions.saveAnswer(file.id(),
                question.answer(answer.strip(), access.actor(), clock.instant()));
        journal.record(Change.of("casefile.information-given", "case", ref).from(question).to(answered));
        return answered;
    }
}

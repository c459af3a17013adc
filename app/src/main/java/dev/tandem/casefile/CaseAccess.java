package dev.tandem.casefile;

import org.springframework.stereotype.Component;

import dev.tandem.common.ConflictException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.PreconditionRequiredException;
import dev.tandem.identity.CurrentUser;

/**
 * Who may see which case: an applicant only its own; party staff every case once it is submitted (a draft is its
 * applicant's until then). A case the caller may not see is "not found", so that nobody can probe for others'
 * cases. Shared by the case services, which add their own role rules on top.
 */
@Component
class CaseAccess {

    private final CaseFiles cases;
    private final CurrentUser user;

    CaseAccess(CaseFiles cases, CurrentUser user) {
        this.cases = cases;
        this.user = user;
    }

    /** The case if the caller may see it. */
    CaseFile visible(String ref) {
        CaseFile file = cases.byRef(ref).orElseThrow(() -> new NotFoundException("ref", "case", ref));
        if (!mayRead(file)) {
            throw new NotFoundException("ref", "case", ref);
        }
        return file;
    }

    /** The id of a case the caller may see, read without loading the case. */
    long visibleId(String ref) {
        CaseFiles.Key key = cases.key(ref).orElseThrow(() -> new NotFoundException("ref", "case", ref));
        if (!mayRead(key.applicant(), key.status())) {
            throw new NotFoundException("ref", "case", ref);
        }
        return key.id();
    }

    /** The caller's own case, at the version the caller read. */
    CaseFile owned(String ref, Integer version) {
        CaseFile file = visible(ref);
        String applicant = applicantOrNull();
        if (applicant == null || !file.ownedBy(applicant)) {
            throw new NotFoundException("ref", "case", ref);
        }
        return checkVersion(file, version);
    }

    /** A case as party staff see it (never a draft), at the version they read. */
    CaseFile staffCase(String ref, Integer version) {
        return checkVersion(visible(ref), version);
    }

    /** Like {@link #owned} or {@link #staffCase}, by who calls. */
    CaseFile ownedOrStaff(String ref, Integer version) {
        return applicantOrNull() != null ? owned(ref, version) : staffCase(ref, version);
    }

    boolean mayRead(CaseFile file) {
        return mayRead(file.applicant(), file.status());
    }

    private boolean mayRead(String owner, CaseStatus status) {
        String applicant = applicantOrNull();
        if (applicant != null) {
            return owner.equals(applicant);
        }
        return status != CaseStatus.DRAFT;
    }

    /** The signed-in applicant, or null for anyone else (party staff, the system). */
    String applicantOrNull() {
        return user.isApplicant() ? user.username().orElse(null) : null;
    }

    String actor() {
        return user.actorName();
    }

    /** A caller who read version N must not overwrite a newer one; the save checks the version it loaded too. */
    static CaseFile checkVersion(CaseFile file, Integer version) {
        if (version != null && version != file.version()) {
            throw new ConflictException("version", "refusal.casefile.staleVersion", file.ref(),
                    String.valueOf(file.version()), String.valueOf(version));
        }
        return file;
    }

    /** Like {@link #checkVersion}, for a change that would overwrite what the caller read: the version is required. */
    static CaseFile requireVersion(CaseFile file, Integer version) {
        if (version == null) {
            throw new PreconditionRequiredException("version", "refusal.casefile.versionRequired", file.ref());
        }
        return checkVersion(file, version);
    }
}

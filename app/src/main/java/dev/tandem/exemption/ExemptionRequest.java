package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

/**
 * A request to the UN 1718 Committee for an exemption for the items of one case. Its details change only before it
 * is submitted; its stage only along {@link ExemptionStage#next()}, each step dated; once approved it holds every
 * shipment to the approved items and quantities, within its validity window and the number of shipments the rule in
 * force on the approval day allows.
 */
public class ExemptionRequest {

    private final Long id;
    private final String ref;
    private final String caseRef;
    private final String requestingParty;
    private RequestDetails details;
    private ExemptionStage stage;
    private LocalDate noObjectionDeadline;
    private LocalDate approvedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer maxShipments;
    private LocalDate ruleEffectiveFrom;
    private final Instant createdAt;
    private final int version;
    private final List<ApprovedItem> items;
    private final List<ExemptionStep> steps;
    private final List<Shipment> shipments;
    private final List<Extension> extensions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ExemptionRequest(Long id, String ref, String caseRef, String requestingParty, RequestDetails details,
                     ExemptionStage stage, LocalDate noObjectionDeadline, LocalDate approvedOn, LocalDate validFrom,
                     LocalDate validUntil, Integer maxShipments, LocalDate ruleEffectiveFrom, Instant createdAt,
                     int version, List<ApprovedItem> items, List<ExemptionStep> steps, List<Shipment> shipments,
                     List<Extension> extensions) {
        this.id = id;
        this.ref = ref;
        this.caseRef = caseRef;
        this.requestingParty = requestingParty;
        this.details = details;
        this.stage = stage;
        this.noObjectionDeadline = noObjectionDeadline;
        this.approvedOn = approvedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.maxShipments = maxShipments;
        this.ruleEffectiveFrom = ruleEffectiveFrom;
        this.createdAt = createdAt;
        this.version = version;
        this.items = List.copyOf(items);
        this.steps = new ArrayList<>(steps);
        this.shipments = new ArrayList<>(shipments);
        this.extensions = new ArrayList<>(extensions);
    }

    /** A new request for a case's items, drafted on {@code on} by {@code actor} for {@code requestingParty}. */
    static ExemptionRequest draft(String caseRef, String requestingParty, RequestDetails details,
                                  List<ApprovedItem> items, LocalDate on, String actor, Instant now) {
        return new ExemptionRequest(null, null, caseRef, requestingParty, details, ExemptionStage.DRAFTED, null, null,
                null, null, null, null, now, 0, items,
                List.of(new ExemptionStep(ExemptionStage.DRAFTED, on, null, actor, null)), List.of(), List.of());
    }

    /** Replaces what the secretariat wrote; refused once the request has gone to the Committee. */
    void revise(RequestDetails revised) {
        if (!stage.beforeSubmission()) {
            throw new RuleViolationException("stage", "refusal.exemption.submittedAlready", ref, label(stage));
        }
        details = revised;
    }

    /**
     * Moves the request to its next stage on {@code on}. Circulating needs the no-objection deadline; a hold names
     * the member who placed it. Approval has its own method, since it opens the validity window.
     */
    void moveTo(ExemptionStage next, LocalDate on, String actor, String member, LocalDate deadline) {
        if (next == ExemptionStage.APPROVED) {
            throw new InvalidInputException("stage", "refusal.exemption.approveWithDates");
        }
        requireNext(next, on);
        if (next == ExemptionStage.CIRCULATED && stage == ExemptionStage.SUBMITTED) {
            if (deadline == null) {
                throw new InvalidInputException("deadline", "refusal.exemption.deadlineRequired");
            }
            if (deadline.isBefore(on)) {
                throw new InvalidInputException("deadline", "refusal.exemption.deadlineBeforeCirculation", on);
            }
            noObjectionDeadline = deadline;
        }
        if (next == ExemptionStage.ON_HOLD && (member == null || member.isBlank())) {
            throw new InvalidInputException("member", "refusal.exemption.memberRequired");
        }
        enter(next, on, actor, next == ExemptionStage.ON_HOLD ? member.strip() : null);
    }

    /**
     * The Committee approves on {@code on}: valid from that day until {@code until} (null: as long as the rule
     * allows), which may not go beyond what the rule in force that day allows.
     */
    void approve(LocalDate on, LocalDate until, ValidityRule rule, String actor) {
        requireNext(ExemptionStage.APPROVED, on);
        LocalDate latest = rule.latestEnd(on);
        LocalDate end = until == null ? latest : until;
        if (end.isAfter(latest)) {
            throw new RuleViolationException("validUntil", "refusal.exemption.validityTooLong", rule.validityMonths(),
                    latest, rule.effectiveFrom());
        }
        if (!end.isAfter(on)) {
            throw new InvalidInputException("validUntil", "refusal.exemption.validUntilBeforeApproval", on);
        }
        approvedOn = on;
        validFrom = on;
        validUntil = end;
        maxShipments = rule.maxShipments();
        ruleEffectiveFrom = rule.effectiveFrom();
        enter(ExemptionStage.APPROVED, on, actor, null);
    }

    /** The exemption ends at the end of its last day; refused while it is not in force or its day has not come. */
    void expire(LocalDate today, String actor) {
        if (!stage.inForce()) {
            throw new RuleViolationException("stage", "refusal.exemption.notInForce", ref, label(stage));
        }
        if (today.isBefore(validUntil)) {
            throw new RuleViolationException("validUntil", "refusal.exemption.notYetExpired", ref, validUntil);
        }
        enter(ExemptionStage.EXPIRED, validUntil, actor, null);
    }

    /**
     * Records a shipment on {@code on} with the quantity of each approved line it carries. Refused outside the
     * validity window, beyond the number of shipments the rule allows, or beyond a line's approved quantity, saying
     * by how much.
     */
    Shipment ship(LocalDate on, Map<Integer, BigDecimal> quantities) {
        if (!stage.inForce()) {
            throw new RuleViolationException("stage", "refusal.exemption.notInForce", ref, label(stage));
        }
        if (on.isBefore(validFrom) || on.isAfter(validUntil)) {
            throw new RuleViolationException("shippedOn", "refusal.exemption.outsideValidity", on, validFrom,
                    validUntil);
        }
        if (maxShipments != null && shipments.size() >= maxShipments) {
            throw new RuleViolationException("shipments", "refusal.exemption.shipmentLimit", shipments.size() + 1,
                    maxShipments, ruleEffectiveFrom);
        }
        if (quantities.isEmpty()) {
            throw new InvalidInputException("lines", "refusal.exemption.emptyShipment");
        }
        Map<Integer, BigDecimal> used = used();
        for (Map.Entry<Integer, BigDecimal> entry : quantities.entrySet()) {
            ApprovedItem item = item(entry.getKey()).orElseThrow(() ->
                    new InvalidInputException("lines", "refusal.exemption.noSuchLine", entry.getKey(), items.size()));
            BigDecimal quantity = entry.getValue();
            if (quantity == null || quantity.signum() <= 0) {
                throw new InvalidInputException("lines", "refusal.exemption.quantityNotPositive", item.line());
            }
            BigDecimal after = used.getOrDefault(item.line(), BigDecimal.ZERO).add(quantity);
            if (after.compareTo(item.quantity()) > 0) {
                BigDecimal left = item.quantity().subtract(used.getOrDefault(item.line(), BigDecimal.ZERO));
                throw new RuleViolationException("lines", "refusal.exemption.overQuantity", item.line(),
                        item.description(), plain(after.subtract(item.quantity())), item.unit(), plain(left),
                        plain(item.quantity()));
            }
        }
        Shipment shipment = new Shipment(shipments.size() + 1, on, quantities);
        shipments.add(shipment);
        return shipment;
    }

    /** Asks for the exemption to stay valid until {@code until}; one extension at a time, while it is in force. */
    Extension requestExtension(LocalDate until, LocalDate on) {
        if (!stage.inForce()) {
            throw new RuleViolationException("stage", "refusal.exemption.notInForce", ref, label(stage));
        }
        if (!until.isAfter(validUntil)) {
            throw new InvalidInputException("until", "refusal.exemption.extensionNotLater", validUntil);
        }
        if (openExtension().isPresent()) {
            throw new RuleViolationException("until", "refusal.exemption.extensionOpen", openExtension().get().number());
        }
        Extension extension = new Extension(extensions.size() + 1, until, ExtensionStatus.REQUESTED, on, null, null);
        extensions.add(extension);
        return extension;
    }

    /** Moves an extension request along: requested → submitted → approved or not; approval moves the end date. */
    Extension moveExtension(int number, ExtensionStatus next, LocalDate on) {
        if (number < 1 || number > extensions.size()) {
            throw new InvalidInputException("number", "refusal.exemption.noSuchExtension", number);
        }
        Extension current = extensions.get(number - 1);
        boolean allowed = current.status() == ExtensionStatus.REQUESTED ? next == ExtensionStatus.SUBMITTED
                : current.status() == ExtensionStatus.SUBMITTED
                        && (next == ExtensionStatus.APPROVED || next == ExtensionStatus.NOT_APPROVED);
        if (!allowed) {
            throw new RuleViolationException("status", "refusal.exemption.extensionMove", number,
                    label(current.status()), label(next));
        }
        LocalDate since = current.submittedOn() != null ? current.submittedOn() : current.requestedOn();
        if (on.isBefore(since)) {
            throw new InvalidInputException("on", "refusal.exemption.dateBeforeLastStep", since);
        }
        if (next == ExtensionStatus.APPROVED && !stage.inForce()) {
            throw new RuleViolationException("stage", "refusal.exemption.notInForce", ref, label(stage));
        }
        Extension moved = next == ExtensionStatus.SUBMITTED
                ? new Extension(number, current.requestedUntil(), next, current.requestedOn(), on, null)
                : new Extension(number, current.requestedUntil(), next, current.requestedOn(), current.submittedOn(), on);
        extensions.set(number - 1, moved);
        if (next == ExtensionStatus.APPROVED) {
            validUntil = current.requestedUntil();
        }
        return moved;
    }

    private void requireNext(ExemptionStage next, LocalDate on) {
        if (!stage.next().contains(next)) {
            throw new RuleViolationException("stage", "refusal.exemption.move", ref, label(stage), label(next));
        }
        LocalDate since = currentStep().enteredOn();
        if (on.isBefore(since)) {
            throw new InvalidInputException("on", "refusal.exemption.dateBeforeLastStep", since);
        }
    }

    private void enter(ExemptionStage next, LocalDate on, String actor, String member) {
        steps.set(steps.size() - 1, currentStep().leftOn(on));
        steps.add(new ExemptionStep(next, on, null, actor, member));
        stage = next;
    }

    /** The quantity shipped so far of each line. */
    public Map<Integer, BigDecimal> used() {
        Map<Integer, BigDecimal> used = new HashMap<>();
        for (Shipment shipment : shipments) {
            shipment.quantities().forEach((line, q) -> used.merge(line, q, BigDecimal::add));
        }
        return used;
    }

    public Optional<ApprovedItem> item(int line) {
        return items.stream().filter(i -> i.line() == line).findFirst();
    }

    public Optional<Extension> openExtension() {
        return extensions.stream().filter(e -> e.status() == ExtensionStatus.REQUESTED
                || e.status() == ExtensionStatus.SUBMITTED).findFirst();
    }

    public ExemptionStep currentStep() {
        return steps.get(steps.size() - 1);
    }

    /** Whether anyone outside may verify it: published by the Committee (some approvals never are). */
    public boolean published() {
        return steps.stream().anyMatch(s -> s.stage() == ExemptionStage.PUBLISHED);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static MessageSourceResolvable label(Enum<?> value) {
        String prefix = value instanceof ExtensionStatus ? "extensionStatus." : "exemptionStage.";
        return new DefaultMessageSourceResolvable(new String[] {prefix + value.name()}, value.name());
    }

    public Long id() { return id; }
    public String ref() { return ref; }
    public String caseRef() { return caseRef; }
    public String requestingParty() { return requestingParty; }
    public RequestDetails details() { return details; }
    public ExemptionStage stage() { return stage; }
    public LocalDate noObjectionDeadline() { return noObjectionDeadline; }
    public LocalDate approvedOn() { return approvedOn; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public Integer maxShipments() { return maxShipments; }
    public LocalDate ruleEffectiveFrom() { return ruleEffectiveFrom; }
    public Instant createdAt() { return createdAt; }
    public int version() { return version; }
    public List<ApprovedItem> items() { return items; }
    public List<ExemptionStep> steps() { return Collections.unmodifiableList(steps); }
    public List<Shipment> shipments() { return Collections.unmodifiableList(shipments); }
    public List<Extension> extensions() { return Collections.unmodifiableList(extensions); }
}

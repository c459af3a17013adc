package dev.tandem.exemption;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.Finding;
import dev.tandem.casefile.LineItem;

/**
 * The elements a request to the 1718 Committee must contain (BRIEF §1.4), each checked against the request and its
 * case: what is missing is listed with what to fill in, before anything is generated. The case supplies the items,
 * values, route, entities and the paragraphs from triage; the secretariat writes the rest on the request.
 */
final class RequestCheck {

    /** The findings of triage that make an exemption necessary, with the paragraph each item would breach. */
    static final List<String> EXEMPTION_CONSEQUENCES = List.of("UN_EXEMPTION_REQUIRED", "CAP_EXCEEDED");

    private RequestCheck() {
    }

    /** The fields still missing, in the order of the request's elements; empty when the request is complete. */
    static List<String> missing(ExemptionRequest request, CaseFile file) {
        RequestDetails d = request.details();
        List<String> missing = new ArrayList<>();
        add(missing, "requestingEntity", d.requestingEntity() != null && d.channel() != null);
        add(missing, "nature", d.nature() != null);
        add(missing, "recipients", d.recipients() != null);
        add(missing, "recipientSelection", d.recipientSelection() != null);
        add(missing, "reason", !reasons(file).isEmpty());
        add(missing, "items", !request.items().isEmpty());
        add(missing, "values", !request.items().isEmpty()
                && request.items().stream().allMatch(i -> i.totalValueUsd() != null));
        add(missing, "shipmentPlan", d.shipmentPlan() != null);
        add(missing, "route", file.route() != null && !file.route().isBlank());
        add(missing, "entities", !file.counterparties().isEmpty());
        add(missing, "financialArrangements", d.financialArrangements() != null);
        add(missing, "monitoringPlan", d.monitoringPlan() != null);
        return missing;
    }

    /** Each missing field as the message that says what to fill in. */
    static List<MessageSourceResolvable> explained(List<String> missing) {
        return missing.stream().<MessageSourceResolvable>map(field -> new DefaultMessageSourceResolvable(
                new String[] {"exemption.missing." + field}, field)).toList();
    }

    static List<Finding> reasons(CaseFile file) {
        return file.findings().stream().filter(f -> EXEMPTION_CONSEQUENCES.contains(f.consequence())).toList();
    }

    /** The lines of a case as the request's itemised list: those going to the DPRK and those coming from it. */
    static List<ApprovedItem> items(CaseFile file) {
        List<ApprovedItem> items = new ArrayList<>();
        int line = 1;
        for (LineItem item : file.items()) {
            items.add(new ApprovedItem(line++, item.description(), item.specification(), item.hsCode(), item.unit(),
                    item.quantity(), item.unitValueUsd(), item.totalValueUsd()));
        }
        return items;
    }

    private static void add(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }
}

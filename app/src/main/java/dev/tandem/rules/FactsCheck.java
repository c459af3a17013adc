package dev.tandem.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.common.InvalidInputException;

/**
 * Checks the facts of a case before any rule looks at them, and reads each line's HS code. A refusal names the
 * field as the case API spells it ({@code items[2].hsCode}, counting from 0) and says what is wrong; nothing is
 * judged until the whole case is well-formed.
 */
final class FactsCheck {

    private FactsCheck() {
    }

    /** The digits of each item's HS code, in item order. */
    static List<String> hsDigits(CaseFacts facts) {
        if (facts == null) {
            throw new InvalidInputException("facts", "refusal.rules.noCase");
        }
        if (facts.caseRef() == null || facts.caseRef().isBlank()) {
            throw new InvalidInputException("caseRef", "refusal.required");
        }
        if (facts.filedOn() == null) {
            throw new InvalidInputException("filedOn", "refusal.rules.filedOnForCaps");
        }
        if (facts.items() == null) {
            throw new InvalidInputException("items", "refusal.rules.items");
        }
        List<String> digits = new ArrayList<>(facts.items().size());
        Map<Integer, Integer> lines = new HashMap<>();
        for (int i = 0; i < facts.items().size(); i++) {
            ItemFacts item = facts.items().get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                throw new InvalidInputException(field, "refusal.rules.itemEmpty");
            }
            if (item.line() < 1) {
                throw new InvalidInputException(field + ".line", "refusal.rules.line", line(item));
            }
            Integer earlier = lines.put(item.line(), i);
            if (earlier != null) {
                throw new InvalidInputException(field + ".line", "refusal.rules.lineTwice", line(item),
                        String.valueOf(earlier));
            }
            if (item.description() == null || item.description().isBlank()) {
                throw new InvalidInputException(field + ".description", "refusal.rules.description", line(item));
            }
            String code = HsCode.digits(item.hsCode());
            if (code == null) {
                throw new InvalidInputException(field + ".hsCode", "refusal.rules.hsCode", line(item), item.hsCode());
            }
            digits.add(code);
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                throw new InvalidInputException(field + ".quantity", "refusal.rules.quantity", line(item));
            }
            if (item.unit() == null || item.unit().isBlank()) {
                throw new InvalidInputException(field + ".unit", "refusal.rules.unit", line(item));
            }
            if (item.totalValueUsd() != null && item.totalValueUsd().signum() < 0) {
                throw new InvalidInputException(field + ".totalValueUsd", "refusal.rules.negativeValue", line(item));
            }
            if (item.direction() == null) {
                throw new InvalidInputException(field + ".direction", "refusal.rules.direction", line(item));
            }
        }
        return digits;
    }

    /** A line number as the applicant numbered it, never grouped ("1000", not "1,000"). */
    static String line(ItemFacts item) {
        return String.valueOf(item.line());
    }
}

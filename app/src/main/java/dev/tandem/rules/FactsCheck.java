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
            throw new InvalidInputException("facts", "no case was given");
        }
        if (facts.caseRef() == null || facts.caseRef().isBlank()) {
            throw new InvalidInputException("caseRef", "must not be empty");
        }
        if (facts.filedOn() == null) {
            throw new InvalidInputException("filedOn", "must be given: it picks the rule version and the cap year");
        }
        if (facts.items() == null) {
            throw new InvalidInputException("items", "must be given (it may be empty)");
        }
        List<String> digits = new ArrayList<>(facts.items().size());
        Map<Integer, Integer> lines = new HashMap<>();
        for (int i = 0; i < facts.items().size(); i++) {
            ItemFacts item = facts.items().get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                throw new InvalidInputException(field, "is empty");
            }
            if (item.line() < 1) {
                throw new InvalidInputException(field + ".line", "must be 1 or more (was " + item.line() + ")");
            }
            Integer earlier = lines.put(item.line(), i);
            if (earlier != null) {
                throw new InvalidInputException(field + ".line",
                        "line " + item.line() + " is also items[" + earlier + "]; each line needs its own number");
            }
            if (item.description() == null || item.description().isBlank()) {
                throw new InvalidInputException(field + ".description", "line " + item.line() + " needs a description");
            }
            String code = HsCode.digits(item.hsCode());
            if (code == null) {
                throw new InvalidInputException(field + ".hsCode", "line " + item.line() + ": '" + item.hsCode()
                        + "' is not an HS code; give 4 to 10 digits, dots allowed between groups, like 8704.21");
            }
            digits.add(code);
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                throw new InvalidInputException(field + ".quantity", "line " + item.line() + " needs a quantity above 0");
            }
            if (item.unit() == null || item.unit().isBlank()) {
                throw new InvalidInputException(field + ".unit", "line " + item.line() + " needs a unit, like piece, kg or l");
            }
            if (item.totalValueUsd() != null && item.totalValueUsd().signum() < 0) {
                throw new InvalidInputException(field + ".totalValueUsd", "line " + item.line() + ": a value cannot be negative");
            }
            if (item.direction() == null) {
                throw new InvalidInputException(field + ".direction",
                        "line " + item.line() + " must say whether it goes to or comes from the DPRK");
            }
        }
        return digits;
    }
}

package dev.tandem.exemption;

import java.util.List;

import dev.tandem.common.InvalidInputException;

/** A package asked for while required elements are missing: names the first and lists each with what to fill in. */
class RequestIncompleteException extends InvalidInputException {

    RequestIncompleteException(List<String> missing) {
        super(missing.get(0), "refusal.exemption.incomplete", RequestCheck.explained(missing), missing.size());
    }
}

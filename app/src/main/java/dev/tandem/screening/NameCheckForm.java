package dev.tandem.screening;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;
import dev.tandem.screening.core.list.EntryType;

/**
 * The screening page's "check a name" form. A bean, not a record, so that a type or threshold that does not
 * convert comes back to the page as typed (ADR 0010).
 */
public class NameCheckForm {

    @NotBlank
    @Size(max = ScreeningLimits.NAME)
    @CleanText
    private String name;
    /** Null screens against every kind of entry. */
    private EntryType type;
    /** Null for the default threshold. */
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    private Double threshold;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EntryType getType() {
        return type;
    }

    public void setType(EntryType type) {
        this.type = type;
    }

    public Double getThreshold() {
        return threshold;
    }

    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    NameToScreen toName() {
        return new NameToScreen(null, name, type, null, null);
    }
}

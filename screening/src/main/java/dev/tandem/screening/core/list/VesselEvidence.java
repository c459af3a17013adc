package dev.tandem.screening.core.list;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a list entity that mentions an IMO number is itself a vessel. An IMO number alone is not
 * enough: the UN gives shipping companies their IMO company number ("KOREA SAMMA SHIPPING CO ... IMO
 * number: 5145892"), so a name with an organisation word (SHIPPING, CO, LTD, CORP, ...) stays an
 * organisation. A vessel needs an IMO number, a name without organisation words, and either a ship prefix
 * in the name (M/V, MV, MT) or a remark that speaks of a vessel, tanker or ship. Leaves persons alone.
 */
final class VesselEvidence {

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "SHIPPING", "SHPG", "SHIP", "SHIPS", "COMPANY", "CO", "CORP", "CORPORATION", "LTD", "LIMITED", "INC",
            "LLC", "PTE", "JV", "SA", "GMBH", "GROUP", "MANAGEMENT", "TRADING", "ENERGY", "FREIGHT", "MARINE",
            "MARITIME", "NAVIGATION", "LINES", "LINE", "LOGISTICS", "AGENCY", "BANK", "INTERNATIONAL", "HOLDINGS",
            "ENTERPRISE", "ENTERPRISES", "OIL", "TANKERS");
    private static final Pattern SHIP_PREFIX = Pattern.compile("^(?:M/V|M/T|MV|MT|SS)\\b.*");
    private static final Pattern VESSEL_WORDS = Pattern.compile("(?i)\\b(?:vessel|tanker|ship|freighter|cargo ship)\\b");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VesselEvidence() {
    }

    static boolean isVessel(String name, List<String> imoNumbers, String remarks) {
        if (imoNumbers.isEmpty()) return false;
        String upper = name.toUpperCase(Locale.ROOT);
        for (String token : TOKEN_SPLIT.split(upper)) {
            if (ORGANISATION_WORDS.contains(token)) return false;
        }
        return SHIP_PREFIX.matcher(upper).matches() || VESSEL_WORDS.matcher(remarks).find();
    }
}

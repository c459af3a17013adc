package dev.tandem.screening.core.list;

/** The publisher and format family of a sanctions list. */
public enum ListSource {
    /** UN Security Council Consolidated List, official consolidated.xml. */
    UN,
    /** OFAC Specially Designated Nationals, legacy CSV set (sdn, add, alt, comments). */
    OFAC,
    /** OpenSanctions FollowTheMoney entities, one JSON object per line. */
    OPENSANCTIONS;
}

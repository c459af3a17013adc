package dev.tandem.exemption;

/** How a request reaches the 1718 Committee (BRIEF §1.3). */
public enum RoutingChannel {
    /** A Member State submits it, after its own review. */
    MEMBER_STATE,
    /** The Office of the UN Resident Coordinator in the DPRK, when no Member State can route it. */
    RESIDENT_COORDINATOR,
    /** The Committee Secretary, when neither can. */
    COMMITTEE_SECRETARY,
    /** UN agencies, the ICRC, the IFRC and the others who may submit directly. */
    DIRECT
}

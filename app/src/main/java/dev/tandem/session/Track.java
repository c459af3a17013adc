package dev.tandem.session;

import dev.tandem.casefile.CaseCategory;

/**
 * The working group's tracks. The two it was set up to keep "in tandem" are {@link #DENUCLEARIZATION} and
 * {@link #INTER_KOREAN_COOPERATION}.
 */
public enum Track {
    DENUCLEARIZATION, SANCTIONS_IMPLEMENTATION, INTER_KOREAN_COOPERATION, HUMANITARIAN;

    /**
     * The track a case of a category runs on: the one place that maps case categories to tracks. Cooperation
     * projects are inter-Korean cooperation; aid and family reunions are humanitarian; what fits no category is
     * a question of sanctions implementation. No case category is denuclearization, which is discussed as topics.
     */
    public static Track of(CaseCategory category) {
        return switch (category) {
            case HUMANITARIAN, FAMILY_REUNION -> HUMANITARIAN;
            case TRADE, INFRASTRUCTURE, TOURISM, EXCHANGE -> INTER_KOREAN_COOPERATION;
            case OTHER -> SANCTIONS_IMPLEMENTATION;
        };
    }
}

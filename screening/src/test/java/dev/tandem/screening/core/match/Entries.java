package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;

import java.util.ArrayList;
import java.util.List;

/** Hand-built list entries for tests, modelled on the UN DPRK list (the parsers live on another branch). */
final class Entries {

    private Entries() {
    }

    static ListEntry person(String reference, String name, String birthDate, String... aliases) {
        return new ListEntry(reference, EntryType.PERSON, name, aliases(aliases), List.of("DPRK"),
                birthDate == null ? List.of() : List.of(birthDate), List.of("Democratic People's Republic of Korea"),
                List.of(), "");
    }

    static ListEntry organisation(String reference, String name, String... aliases) {
        return new ListEntry(reference, EntryType.ORGANISATION, name, aliases(aliases), List.of("DPRK"), List.of(),
                List.of(), List.of(), "");
    }

    static ListEntry vessel(String reference, String name, String imo) {
        return new ListEntry(reference, EntryType.VESSEL, name, List.of(), List.of("DPRK"), List.of(), List.of(),
                List.of(imo), "");
    }

    static ListVersion un(ListEntry... entries) {
        return new ListVersion(ListSource.UN, null, "test", List.of(entries));
    }

    /** A small UN-like list: DPRK persons and entities, a vessel and a few non-Korean names. */
    static ListVersion sample() {
        return un(
                person("KPi.033", "RI WON HO", "1964-07-17"),
                person("KPi.044", "KIM CHOL NAM", "1970-02-19"),
                person("KPi.024", "KIM YONG CHOL", "1962-02-18", "Kim Yong-Chol", "Kim Young-Cheol"),
                person("KPi.008", "RA KY'ONG-SU", "1954-06-04", "Ra Kyung-Su", "Chang Myo’ng-Ho"),
                person("KPi.013", "CHOE CHUN-SIK", "1954-10-12", "Ch’oe Ch’un Sik"),
                person("KPi.078", "RI U’N SO’NG", "1969-07-22", "Ri Eun Song"),
                person("KPi.055", "HAN JANG SU", "1969-11-07", "Chang-Su Han"),
                person("KPi.065", "CHU HYO’K", "1986-11-22", "Ju Hyok"),
                person("KPi.001", "YUN HO-JIN", "1944-10-13", "Yun Ho-chin"),
                person("KPi.020", "KANG RYONG", "1969-08-21"),
                person("QDi.001", "Mohammed Ali Hassan", "1970"),
                person("QDi.002", "Friedrich Buchenberg", null),
                organisation("KPe.001", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "\"KOMID\"",
                        "CHANGGWANG SINYONG CORPORATION"),
                organisation("KPe.002", "KOREA RYONBONG GENERAL CORPORATION"),
                organisation("KPe.007", "GENERAL BUREAU OF ATOMIC ENERGY (GBAE)"),
                organisation("KPe.012", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY"),
                organisation("KPe.061", "KOREA ACHIM SHIPPING CO"),
                organisation("KPe.062", "KOREA ANSAN SHIPPING COMPANY"),
                vessel("V.001", "CHONG CHON GANG", "IMO 7937317"));
    }

    private static List<Alias> aliases(String... names) {
        List<Alias> out = new ArrayList<>();
        for (String name : names) out.add(new Alias(name, Alias.Quality.STRONG));
        return out;
    }
}

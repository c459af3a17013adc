package dev.tandem.bench;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interim, minimal reader of the UN consolidated list XML, for the evaluation and benchmarks only, until the
 * screening library's {@code UnConsolidatedListParser} is merged (see {@link Lists}). Reads names (FIRST to FOURTH
 * name joined, as the list orders them), aliases, original-script names, dates of birth, nationalities and IMO numbers
 * mentioned in the comments. No validation beyond what the evaluation needs.
 */
final class InterimUnListReader {

    private static final Pattern IMO = Pattern.compile("IMO(?: number| Number)?:?\\s*(\\d{7})");

    private InterimUnListReader() {
    }

    static ListVersion read(Path xml) {
        try {
            byte[] bytes = Files.readAllBytes(xml);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc;
            try (InputStream in = Files.newInputStream(xml)) {
                doc = factory.newDocumentBuilder().parse(in);
            }
            List<ListEntry> entries = new ArrayList<>();
            read(doc.getElementsByTagName("INDIVIDUAL"), EntryType.PERSON, "INDIVIDUAL_ALIAS", entries);
            read(doc.getElementsByTagName("ENTITY"), EntryType.ORGANISATION, "ENTITY_ALIAS", entries);
            String generated = doc.getDocumentElement().getAttribute("dateGenerated");
            return new ListVersion(ListSource.UN, generated.isEmpty() ? null : Instant.parse(generated),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), entries);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + xml, e);
        }
    }

    private static void read(NodeList nodes, EntryType type, String aliasTag, List<ListEntry> out) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            List<String> parts = new ArrayList<>();
            for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
                String part = text(e, tag);
                if (!part.isEmpty()) parts.add(part);
            }
            String name = String.join(" ", parts);
            List<Alias> aliases = new ArrayList<>();
            for (Element alias : children(e, aliasTag)) {
                String aliasName = text(alias, "ALIAS_NAME");
                if (aliasName.isBlank()) continue;
                Alias.Quality quality = "Low".equalsIgnoreCase(text(alias, "QUALITY")) ? Alias.Quality.WEAK : Alias.Quality.STRONG;
                aliases.add(new Alias(aliasName, quality));
            }
            String original = text(e, "NAME_ORIGINAL_SCRIPT");
            if (!original.isBlank()) aliases.add(new Alias(original, Alias.Quality.STRONG));
            List<String> births = new ArrayList<>();
            for (Element dob : children(e, "INDIVIDUAL_DATE_OF_BIRTH")) {
                String date = text(dob, "DATE");
                String year = text(dob, "YEAR");
                String from = text(dob, "FROM_YEAR"), to = text(dob, "TO_YEAR");
                if (!date.isEmpty()) births.add(date.length() > 10 ? date.substring(0, 10) : date);
                else if (!year.isEmpty()) births.add(year);
                else if (!from.isEmpty()) births.add(from + (to.isEmpty() ? "" : "-" + to));
            }
            List<String> nationalities = new ArrayList<>();
            for (Element nationality : children(e, "NATIONALITY")) {
                for (Element value : children(nationality, "VALUE")) nationalities.add(value.getTextContent().strip());
            }
            String comments = text(e, "COMMENTS1");
            List<String> imo = new ArrayList<>();
            Matcher m = IMO.matcher(comments);
            while (m.find()) if (!imo.contains(m.group(1))) imo.add(m.group(1));
            String reference = text(e, "REFERENCE_NUMBER").strip();
            if (name.isBlank() || reference.isBlank()) continue;
            out.add(new ListEntry(reference, type, name, aliases, List.of(text(e, "UN_LIST_TYPE")), births,
                    nationalities, imo, comments));
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}

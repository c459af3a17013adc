package dev.tandem.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InvalidInputException;

/**
 * Full-text search over cases (title, purpose, route, items, HS codes, counterparties, document text) in English
 * and Korean: every text is indexed twice, through Lucene's English analyzer and through nori (Korean
 * morphological analysis), and a query searches both. The index lives in memory and is rebuilt when the database
 * shows that any case or document changed, here or on another node, so it never serves a stale answer.
 */
@Component
class CaseSearch {

    private static final String EN = "en";
    private static final String KO = "ko";

    private final CaseFiles cases;
    private final CaseDocuments documents;
    private final CaseManagement management;
    private final JdbcClient jdbc;
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
            Map.of(KO, new KoreanAnalyzer()));

    private String indexedStamp;
    private DirectoryReader reader;

    CaseSearch(CaseFiles cases, CaseDocuments documents, CaseManagement management, JdbcClient jdbc) {
        this.cases = cases;
        this.documents = documents;
        this.management = management;
        this.jdbc = jdbc;
    }

    /** The cases the caller may see that match {@code query}, best first. */
    @Transactional(readOnly = true)
    public List<CaseSummary> search(String query, CaseStatus status) {
        if (query.length() > 500) {
            throw new InvalidInputException("q", "refusal.tooLong", 500);
        }
        Map<String, CaseSummary> visible = new HashMap<>();
        management.cases(status).forEach(c -> visible.put(c.ref(), c));
        Map<String, CaseSummary> found = new LinkedHashMap<>();
        try {
            IndexSearcher searcher = new IndexSearcher(current());
            Query parsed = new MultiFieldQueryParser(new String[] {EN, KO}, analyzer)
                    .parse(QueryParser.escape(query.strip()));
            for (ScoreDoc hit : searcher.search(parsed, 200).scoreDocs) {
                String ref = searcher.storedFields().document(hit.doc).get("ref");
                if (visible.containsKey(ref)) {
                    found.put(ref, visible.get(ref));
                }
            }
        } catch (ParseException e) {
            throw new InvalidInputException("q", "refusal.casefile.query");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found.values());
    }

    private synchronized DirectoryReader current() throws IOException {
        String stamp = jdbc.sql("""
                SELECT CAST(COUNT(*) AS VARCHAR(20)) || ':' || CAST(COALESCE(SUM(version), 0) AS VARCHAR(20)) || ':'
                       || CAST((SELECT COUNT(*) FROM case_document) AS VARCHAR(20))
                FROM case_file""").query(String.class).single();
        if (reader == null || !stamp.equals(indexedStamp)) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (String ref : cases.allRefs()) {
                    CaseFile file = cases.byRef(ref).orElseThrow();
                    String text = textOf(file);
                    Document doc = new Document();
                    doc.add(new StringField("ref", ref, Field.Store.YES));
                    doc.add(new TextField(EN, text, Field.Store.NO));
                    doc.add(new TextField(KO, text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            DirectoryReader old = reader;
            reader = DirectoryReader.open(directory);
            indexedStamp = stamp;
            if (old != null) {
                old.close();
            }
        }
        return reader;
    }

    private String textOf(CaseFile file) {
        StringBuilder text = new StringBuilder();
        text.append(file.ref()).append('\n').append(file.title()).append('\n').append(file.purpose()).append('\n')
                .append(file.category()).append('\n');
        if (file.route() != null) {
            text.append(file.route()).append('\n');
        }
        if (file.organisation() != null) {
            text.append(file.organisation()).append('\n');
        }
        for (LineItem item : file.items()) {
            text.append(item.description()).append(' ').append(item.hsCode()).append(' ')
                    .append(item.hsCode().replace(".", "")).append(' ');
            if (item.specification() != null) {
                text.append(item.specification());
            }
            text.append('\n');
        }
        for (Counterparty party : file.counterparties()) {
            text.append(party.name()).append(' ').append(party.country() == null ? "" : party.country()).append('\n');
        }
        documents.texts(file.id()).forEach(t -> text.append(t).append('\n'));
        return text.toString();
    }
}

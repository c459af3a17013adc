package dev.tandem.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InvalidInputException;

/**
 * Full-text search over cases (title, purpose, route, items, HS codes, counterparties, document text) in English
 * and Korean: every text is indexed twice, through Lucene's English analyzer and through nori (Korean
 * morphological analysis), and a query searches both. The index lives in memory. It is built once, then each
 * search first re-indexes just the cases that {@link CaseSearchLog} says changed since, here or on another node,
 * so it never serves a stale answer and never rebuilds from every case. A node that serves HTTP builds the index in
 * the background as soon as it listens, newest cases first, and a search meanwhile answers from what is indexed so
 * far ({@link #building()} says how far); elsewhere (a command, a test without a server) the first search builds
 * it (ADR 0020).
 */
@Component
class CaseSearch {

    private static final Logger log = LoggerFactory.getLogger(CaseSearch.class);
    private static final String EN = "en";
    private static final String KO = "ko";
    private static final int BATCH = 500;
    /** How many cases the background build indexes before searches see them. */
    private static final int REFRESH_EVERY = 10_000;
    /** A log number still missing after this long belongs to a transaction that rolled back: it never comes. */
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(1);

    private final CaseFiles cases;
    private final CaseDocuments documents;
    private final CaseSearchLog changes;
    private final CaseAccess access;
    private final Clock clock;
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
            Map.of(KO, new KoreanAnalyzer()));

    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Every log entry up to this number is indexed. */
    private long indexedUpTo;
    /** Log entries above {@link #indexedUpTo} that are indexed too (those below them are not yet committed). */
    private final TreeSet<Long> indexedAbove = new TreeSet<>();
    private Instant gapSince;
    /** While the background build runs: how many cases it has indexed, and of how many. */
    private volatile Progress building;
    /**
     * Guards the index. Fair, so that a search waiting to catch up gets its turn between two batches of the
     * background build instead of the build taking the lock again at once (it did, and a search waited 38 s).
     */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock(true);

    /** How far the background build has come. */
    record Progress(int indexed, int of) {
    }

    CaseSearch(CaseFiles cases, CaseDocuments documents, CaseSearchLog changes, CaseAccess access, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    /** The cases the caller may see that match {@code query}, best first, one page of them. */
    @Transactional(readOnly = true)
    public CasePage search(String query, CaseStatus status, int page, int size) {
        if (query.length() > 500) {
            throw new InvalidInputException("q", "refusal.tooLong", 500);
        }
        if (page < 0 || size < 1 || size > CasePage.MAX_SIZE) {
            throw new InvalidInputException(page < 0 ? "page" : "size", page < 0 ? "refusal.casefile.page"
                    : "refusal.casefile.pageSize", CasePage.MAX_SIZE);
        }
        Query text;
        try {
            text = new MultiFieldQueryParser(new String[] {EN, KO}, analyzer).parse(QueryParser.escape(query.strip()));
        } catch (ParseException e) {
            throw new InvalidInputException("q", "refusal.casefile.query");
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(text, Occur.MUST);
        String applicant = access.applicantOrNull();
        if (applicant != null) {
            visible.add(new TermQuery(new Term("applicant", applicant)), Occur.FILTER);
        } else {
            visible.add(new TermQuery(new Term("status", CaseStatus.DRAFT.name())), Occur.MUST_NOT);
        }
        if (status != null) {
            visible.add(new TermQuery(new Term("status", status.name())), Occur.FILTER);
        }
        Query filtered = visible.build();
        try {
            SearcherManager current = upToDate();
            IndexSearcher searcher = current.acquire();
            try {
                ScoreDoc[] hits = searcher.search(filtered, (page + 1) * size).scoreDocs;
                List<String> refs = new ArrayList<>();
                for (int i = page * size; i < hits.length; i++) {
                    refs.add(searcher.storedFields().document(hits[i].doc).get("ref"));
                }
                return new CasePage(cases.summaries(refs), page, size, searcher.count(filtered));
            } finally {
                current.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * While the index is being built in the background: how far it has come (a search answers from the cases
     * indexed so far, the newest first); empty once it is complete.
     */
    java.util.Optional<Progress> building() {
        return java.util.Optional.ofNullable(building);
    }

    /**
     * Starts building the index once the server listens, without delaying the start: the log position is taken
     * now, so every change from here on is caught up by the searches whatever the build has reached; the cases are
     * then indexed a batch at a time on a thread of their own, each batch holding the index only as long as it
     * takes, so searches go on meanwhile.
     */
    @EventListener(WebServerInitializedEvent.class)
    void buildInBackground() {
        List<Long> ids;
        lock.lock();
        try {
            if (writer != null) {
                return;
            }
            open();
            ids = new ArrayList<>(cases.allIds());
            java.util.Collections.reverse(ids);
            building = new Progress(0, ids.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
        Thread builder = new Thread(() -> buildFrom(ids), "case-search-build");
        builder.setDaemon(true);
        builder.setPriority(Thread.NORM_PRIORITY - 1);
        builder.start();
    }

    private void buildFrom(List<Long> ids) {
        long started = System.nanoTime();
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                int to = Math.min(ids.size(), from + BATCH);
                lock.lock();
                try {
                    index(ids.subList(from, to));
                    // searches see the cases indexed so far; refreshing after every batch would write hundreds of
                    // small segments and merge them again, which made the build several times slower
                    if (to % REFRESH_EVERY == 0) {
                        searchers.maybeRefreshBlocking();
                        building = new Progress(to, ids.size());
                    }
                } finally {
                    lock.unlock();
                }
            }
            lock.lock();
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } finally {
                lock.unlock();
            }
            log.info("Case search index built in the background: {} cases in {} ms, {} KiB", ids.size(),
                    (System.nanoTime() - started) / 1_000_000, indexBytes() / 1024);
        } catch (IOException | RuntimeException e) {
            log.error("Building the case search index failed after {} cases; searches answer from those",
                    building == null ? 0 : building.indexed(), e);
        } finally {
            building = null;
        }
    }

    /** The memory the index takes, in bytes (for the benchmarks in docs/performance.md). */
    long indexBytes() {
        lock.lock();
        try {
            if (directory == null) {
                return 0;
            }
            long bytes = writer.ramBytesUsed();
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Builds the index on first use, then re-indexes the cases logged as changed since the last search. */
    private SearcherManager upToDate() throws IOException {
        lock.lock();
        try {
            return catchUp();
        } finally {
            lock.unlock();
        }
    }

    private SearcherManager catchUp() throws IOException {
        if (writer == null) {
            build();
        }
        List<Long> changed = new ArrayList<>();
        for (CaseSearchLog.Entry entry : changes.after(indexedUpTo)) {
            if (indexedAbove.add(entry.id())) {
                changed.add(entry.caseId());
            }
        }
        if (!changed.isEmpty()) {
            index(changed.stream().distinct().toList());
            searchers.maybeRefreshBlocking();
        }
        advance();
        return searchers;
    }

    /** An empty index, and the log position from which searches catch up. */
    private void open() throws IOException {
        indexedUpTo = changes.last();
        directory = new ByteBuffersDirectory();
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        searchers = new SearcherManager(writer, null);
    }

    private void build() throws IOException {
        long started = System.nanoTime();
        open();
        List<Long> ids = cases.allIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            index(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        log.info("Case search index built: {} cases in {} ms, {} KiB", ids.size(),
                (System.nanoTime() - started) / 1_000_000, indexBytes() / 1024);
    }

    /** Moves {@link #indexedUpTo} over the entries indexed in a row; waits a while for a missing one. */
    private void advance() {
        while (!indexedAbove.isEmpty()) {
            long next = indexedAbove.first();
            if (next == indexedUpTo + 1) {
                indexedAbove.pollFirst();
                indexedUpTo = next;
                gapSince = null;
            } else if (gapSince == null) {
                gapSince = clock.instant();
                return;
            } else if (Duration.between(gapSince, clock.instant()).compareTo(GAP_PATIENCE) > 0) {
                indexedUpTo = next - 1;
                gapSince = null;
            } else {
                return;
            }
        }
    }

    private void index(List<Long> ids) throws IOException {
        Map<Long, List<String>> texts = documents.texts(ids);
        for (CaseFile file : cases.byIds(ids)) {
            String text = textOf(file, texts.getOrDefault(file.id(), List.of()));
            Document doc = new Document();
            doc.add(new StringField("ref", file.ref(), Field.Store.YES));
            doc.add(new StringField("applicant", file.applicant(), Field.Store.NO));
            doc.add(new StringField("status", file.status().name(), Field.Store.NO));
            doc.add(new TextField(EN, text, Field.Store.NO));
            doc.add(new TextField(KO, text, Field.Store.NO));
            writer.updateDocument(new Term("ref", file.ref()), doc);
        }
    }

    private static String textOf(CaseFile file, List<String> documentTexts) {
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
        documentTexts.forEach(t -> text.append(t).append('\n'));
        return text.toString();
    }
}

package dev.tandem.casefile;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.casefile.itemlist.ItemListReader;

/**
 * Itemised lists (Annex II layout, CSV or XLSX) read into a case's line items. A refused list is refused whole,
 * naming every problem, and names the file only by its plain name: never a folder the client sent with it.
 */
@Service
public class ItemListImport {

    private final CaseManagement lifecycle;

    ItemListImport(CaseManagement lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The line items of a list file, for a draft being filed. */
    public List<LineItem> read(String fileName, byte[] content) {
        return LineItem.fromItemList(new ItemListReader().read(DocumentNames.clean(fileName), content));
    }

    /** Replaces a draft's items with those of a list file; the version read is required. */
    @PreAuthorize("@permissions.mayFileCases()")
    @Transactional
    public CaseFile replaceItems(String ref, Integer version, String fileName, byte[] content) {
        CaseFile current = lifecycle.caseFile(ref);
        List<LineItem> items = read(fileName, content);
        return lifecycle.revise(ref, new CaseDraft(current.title(), current.purpose(), current.category(),
                current.route(), current.plannedFrom(), current.plannedTo(), current.jointVenture(), items,
                current.counterparties(), current.declarations(), current.forumCode()), version);
    }
}

package dev.tandem.screening;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.multipart.MultipartFile;

import dev.tandem.screening.core.list.ListSource;

/**
 * A list file to import and the list it is a version of, from the page or the API (multipart). A bean, so that a
 * source that does not convert comes back to the page as chosen (ADR 0010).
 */
public class ListImportForm {

    @NotNull
    private ListSource source;
    /** A form sent without choosing a file carries an empty part: that is no file. */
    @NotNull
    private MultipartFile file;

    public ListSource getSource() {
        return source;
    }

    public void setSource(ListSource source) {
        this.source = source;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file == null || file.isEmpty() ? null : file;
    }

    String fileName() {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
    }

    /**
     * Lets the list be named as the command line and the documentation name it ({@code un}, {@code ofac},
     * {@code opensanctions}) as well as by the enum's name; anything else is a type mismatch, which is refused
     * naming the allowed values.
     */
    static void acceptSourceInAnyCase(WebDataBinder binder) {
        binder.registerCustomEditor(ListSource.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null
                        : ListSource.valueOf(text.strip().toUpperCase(Locale.ROOT)));
            }
        });
    }
}

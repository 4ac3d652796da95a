package io.gongjian.imports.api;

import io.gongjian.export.UploadedTable;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.application.ImportFile;
import io.gongjian.imports.application.ImportRow;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * An upload kept for its job: a copy of the file (the request's own is deleted when the request ends), checked as a
 * whole and against the kind's headings when kept, and read row by row on each pass.
 */
final class UploadedImport implements ImportFile {

    private final Path copy;
    private final String name;
    private final UploadedTable table;
    private final RowReader reader;

    private UploadedImport(Path copy, String name, UploadedTable table, RowReader reader) {
        this.copy = copy;
        this.name = name;
        this.table = table;
        this.reader = reader;
    }

    /** Keeps a copy of the uploaded file, or refuses it as a whole, keeping nothing. */
    static UploadedImport keep(
            Path uploaded, String name, ImportBinding<?> kind, ValidatorFactory validation, int maxRows) {
        Path copy = null;
        try {
            copy = Files.createTempFile("gongjian-import-", ".upload");
            Files.copy(uploaded, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            UploadedTable table = UploadedTable.open(copy, name, maxRows);
            return new UploadedImport(copy, name, table, new RowReader(kind, validation, table.headings()));
        } catch (IOException e) {
            delete(copy);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(copy);
            throw refused;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> headings() {
        return table.headings();
    }

    @Override
    public int rows() {
        return table.rows();
    }

    @Override
    public void forEachRow(Consumer<ImportRow> each) {
        reader.forEachRow(table, each);
    }

    @Override
    public void close() {
        delete(copy);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

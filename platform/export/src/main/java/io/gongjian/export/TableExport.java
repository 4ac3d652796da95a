package io.gongjian.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list exported as CSV or XLSX, written row by row as the rows come: the CSV straight to the response, the XLSX
 * through SXSSF, which keeps only a window of rows in memory and the rest in a temporary file it deletes at the end.
 * A 100,000-row export thus costs the memory of a few hundred rows, whatever its length.
 *
 * <p>The CSV is UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and Chinese comes
 * out garbled), comma-separated, CRLF, fields quoted as RFC 4180 says. Text that a spreadsheet would take for a
 * formula (starting with =, +, - or @) is prefixed with an apostrophe, so that an exported title cannot run as one.
 */
public final class TableExport<T> {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Feeds the rows, in order, to the writer: from a query's stream, page by page, or from a list. */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<T> row);
    }

    private final String sheetName;
    private final List<ExportColumn<T>> columns;

    public TableExport(String sheetName, List<ExportColumn<T>> columns) {
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
    }

    /** The response for the chosen media type (CSV or XLSX), as an attachment named {@code fileStem}.csv/.xlsx. */
    public Response response(MediaType type, String fileStem, Rows<T> rows) {
        return Response.ok(body(type, rows), contentType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(type, fileStem))
                .build();
    }

    /** The file in the chosen media type (CSV or XLSX), written when the response is. */
    public StreamingOutput body(MediaType type, Rows<T> rows) {
        return out -> {
            if (isCsv(type)) {
                writeCsv(rows, out);
            } else {
                writeXlsx(rows, out);
            }
        };
    }

    /** The Content-Type of a file of the chosen media type. */
    public static String contentType(MediaType type) {
        return isCsv(type) ? ExportMediaTypes.CSV + "; charset=UTF-8" : ExportMediaTypes.XLSX;
    }

    /** An attachment named {@code fileStem}.csv or .xlsx, as the chosen media type says. */
    public static String contentDisposition(MediaType type, String fileStem) {
        String file = fileStem.replaceAll("[^A-Za-z0-9_.-]", "_") + (isCsv(type) ? ".csv" : ".xlsx");
        return "attachment; filename=\"" + file + "\"";
    }

    private static boolean isCsv(MediaType type) {
        return type.isCompatible(ExportMediaTypes.CSV_TYPE);
    }

    public void writeCsv(Rows<T> rows, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(writer, columns.stream().map(ExportColumn::heading).toList());
        try {
            rows.forEach(row -> {
                try {
                    line(
                            writer,
                            columns.stream()
                                    .map(column -> csvField(column.value().apply(row)))
                                    .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    public void writeXlsx(Rows<T> rows, OutputStream out) throws IOException {
        // Inline strings, not the shared-strings table: that table would keep every distinct text in memory.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            Row heading = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(WorkbookStyles.heading(
                        columns.get(c).chinese(), columns.get(c).english()));
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(c, 256 * 18);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.forEach(item -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Cells.put(row.createCell(c), columns.get(c).value().apply(item), styles);
                }
            });
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        writer.write(String.join(",", fields));
        writer.write("\r\n");
    }
}

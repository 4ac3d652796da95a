package io.gongjian.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a list's export must hold, checked through HTTP: as CSV (UTF-8 with a byte-order mark) and as XLSX, the rows
 * of the JSON list for the same caller and filters, in the same order, all of them whatever {@code page} and
 * {@code size} say; an Accept the list cannot serve is a 406 problem.
 */
public final class ExportedLists {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int JSON_PAGE = 100;

    private ExportedLists() {}

    /**
     * @param caller a request with the caller's credentials
     * @param filters the list's query parameters, the same for JSON and the exports
     * @param jsonField the field of a JSON item that identifies it (id, code)
     * @param heading the heading of the export's column with that field, as the CSV writes it ("编号 id")
     * @return that field of every row, in the list's order
     */
    public static List<String> assertSameRowsAsJson(
            Supplier<RequestSpecification> caller,
            String path,
            Map<String, ?> filters,
            String jsonField,
            String heading) {
        List<String> json = jsonList(caller, path, filters, jsonField);

        byte[] csv = caller.get()
                .queryParams(filters)
                .queryParam("size", 1) // paging is the JSON list's: an export is the whole list
                .accept(CSV)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(containsString(CSV))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "BOM");
        assertEquals(json, column(csvRows(csv), heading), path + " as CSV");

        byte[] xlsx = caller.get()
                .queryParams(filters)
                .accept(XLSX)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        assertEquals(json, column(xlsxRows(xlsx), heading), path + " as XLSX");

        caller.get()
                .queryParams(filters)
                .accept("application/pdf")
                .get(path)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
        return json;
    }

    /** The rows of a CSV export after its byte-order mark, headings first, fields unquoted as RFC 4180 says. */
    public static List<List<String>> csvRows(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    /** The rows of the first sheet of an XLSX export as the cells show them, headings first (on one line). */
    public static List<List<String>> xlsxRows(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(
                            row.getCell(c) == null
                                    ? ""
                                    : shown.formatCellValue(row.getCell(c)).replace('\n', ' '));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the column headed {@code heading}, below the headings. */
    public static List<String> column(List<List<String>> rows, String heading) {
        int index = rows.get(0).indexOf(heading);
        if (index < 0) {
            throw new AssertionError("no column " + heading + " in " + rows.get(0));
        }
        return rows.subList(1, rows.size()).stream().map(row -> row.get(index)).toList();
    }

    private static List<String> jsonList(
            Supplier<RequestSpecification> caller, String path, Map<String, ?> filters, String field) {
        List<String> values = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> query = new HashMap<>(filters);
            query.put("page", page);
            query.put("size", JSON_PAGE);
            var body = caller.get()
                    .queryParams(query)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            body.getList("items." + field).forEach(value -> values.add(String.valueOf(value)));
            if (page + 1 >= body.getInt("totalPages")) {
                return values;
            }
        }
    }
}

package io.gongjian.export;

import io.gongjian.commons.domain.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet a person uploaded, read as text: its heading line and its rows, each with the line number the
 * person sees in Excel (the heading is row 1). The reverse of {@link TableExport}: CSV (UTF-8 with or without BOM,
 * or GBK, which Excel in China writes by default) or XLSX (the first sheet; dates as ISO dates, formulas as their
 * cached values). Empty rows are skipped. What cannot be read is refused as a whole, naming why.
 *
 * @param headings the first row, trimmed
 * @param rows the non-empty rows after it
 */
public record UploadedTable(List<String> headings, List<Row> rows) {

    /** One row as read: its number in the sheet and its cells as text (blank cells empty), as many as headings. */
    public record Row(int number, List<String> values) {}

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /**
     * @param fileName as uploaded: {@code .xlsx} is read as a workbook, anything else as CSV (a workbook is also
     *     recognised by its content)
     * @param maxRows the most data rows accepted
     */
    public static UploadedTable read(byte[] content, String fileName, int maxRows) {
        boolean workbook = startsWith(content, ZIP)
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
        UploadedTable table = workbook ? readWorkbook(content, maxRows) : readCsv(decode(content), maxRows);
        if (table.headings().stream().allMatch(String::isEmpty)) {
            throw new RuleViolation("file", "import.no-headings");
        }
        return table;
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else GBK; neither is named as the problem. */
    static String decode(byte[] content) {
        if (startsWith(content, UTF8_BOM)) {
            content = Arrays.copyOfRange(content, UTF8_BOM.length, content.length);
        }
        try {
            return strict(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GBK"))
                        .decode(ByteBuffer.wrap(content))
                        .toString();
            } catch (CharacterCodingException notGbk) {
                throw new RuleViolation("file", "import.encoding");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
    static UploadedTable readCsv(String text, int maxRows) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                numbers.add(startLine);
                fields = new ArrayList<>();
                line++;
                startLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RuleViolation("file", "import.unclosed-quote", startLine);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(fields);
            numbers.add(startLine);
        }
        if (lines.isEmpty()) {
            throw new RuleViolation("file", "import.no-headings");
        }
        List<String> headings = lines.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            add(rows, numbers.get(i), lines.get(i), headings.size(), maxRows);
        }
        return new UploadedTable(headings, List.copyOf(rows));
    }

    private static UploadedTable readWorkbook(byte[] content, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                throw new RuleViolation("file", "import.merged-cells", merged.formatAsString());
            }
            org.apache.poi.ss.usermodel.Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null) {
                throw new RuleViolation("file", "import.no-headings");
            }
            List<String> headings = cells(first, first.getLastCellNum()).stream()
                    .map(String::strip)
                    .toList();
            List<Row> rows = new ArrayList<>();
            for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row != null) {
                    add(rows, r + 1, cells(row, headings.size()), headings.size(), maxRows);
                }
            }
            return new UploadedTable(headings, List.copyOf(rows));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation refusal) {
                throw refusal;
            }
            throw new RuleViolation("file", "import.not-a-workbook");
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row, int width) {
        List<String> values = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            values.add(text(row.getCell(c)));
        }
        return values;
    }

    /** A cell as text: a formula as its cached value, a date-formatted number as an ISO date, 3.0 as 3. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue())
                            .stripTrailingZeros()
                            .toPlainString();
            default -> "";
        };
    }

    private static void add(List<Row> rows, int number, List<String> values, int width, int maxRows) {
        if (values.stream().allMatch(String::isBlank)) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new RuleViolation("file", "import.too-many-rows", maxRows);
        }
        List<String> padded = new ArrayList<>(values);
        while (padded.size() < width) {
            padded.add("");
        }
        rows.add(new Row(number, List.copyOf(padded)));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}

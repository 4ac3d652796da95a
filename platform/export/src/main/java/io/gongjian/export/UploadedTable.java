package io.gongjian.export;

import io.gongjian.commons.domain.RuleViolation;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A spreadsheet a person uploaded, read as text from a file, one row at a time: its heading line and its rows, each
 * with the line number the person sees in Excel (the heading is row 1). The reverse of {@link TableExport}: CSV
 * (UTF-8 with or without BOM, or GBK, which Excel in China writes by default) or XLSX (the first sheet; dates as ISO
 * dates, formulas as their cached values). Empty rows are skipped.
 *
 * <p>{@link #open} reads the whole file once, holding one row at a time, and refuses what cannot be read as a whole,
 * naming why (encoding, an unclosed quote, merged cells, too many rows); {@link #forEachRow} then reads it again as
 * often as needed. So the memory a table takes does not grow with its rows (a workbook's shared strings aside:
 * POI keeps those of the file in memory, bounded by the upload's size cap).
 */
public final class UploadedTable {

    /** One row as read: its number in the sheet and its cells as text (blank cells empty), as many as headings. */
    public record Row(int number, List<String> values) {}

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Charset GBK = Charset.forName("GBK");

    private final Path file;
    private final boolean workbook;
    private final Charset charset;
    private final List<String> headings;
    private final int rows;

    private UploadedTable(Path file, boolean workbook, Charset charset, List<String> headings, int rows) {
        this.file = file;
        this.workbook = workbook;
        this.charset = charset;
        this.headings = headings;
        this.rows = rows;
    }

    /**
     * Reads the file through once, checking that it can be read as a whole.
     *
     * @param fileName as uploaded: {@code .xlsx} is read as a workbook, anything else as CSV (a workbook is also
     *     recognised by its content)
     * @param maxRows the most data rows accepted
     */
    public static UploadedTable open(Path file, String fileName, int maxRows) {
        boolean workbook = startsWith(file, ZIP)
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
        Charset charset = workbook ? null : charsetOf(file);
        List<List<String>> headings = new ArrayList<>(1);
        int[] rows = {0};
        new UploadedTable(file, workbook, charset, List.of(), 0).scan(headings::add, row -> {
            if (++rows[0] > maxRows) {
                throw new RuleViolation("file", "import.too-many-rows", maxRows);
            }
        });
        if (headings.isEmpty() || headings.get(0).stream().allMatch(String::isEmpty)) {
            throw new RuleViolation("file", "import.no-headings");
        }
        return new UploadedTable(file, workbook, charset, headings.get(0), rows[0]);
    }

    /** The first row, trimmed. */
    public List<String> headings() {
        return headings;
    }

    /** How many non-empty rows follow the headings. */
    public int rows() {
        return rows;
    }

    /** Reads the rows after the headings again, one at a time, each padded to as many cells as headings. */
    public void forEachRow(Consumer<Row> each) {
        scan(ignored -> {}, row -> {
            List<String> padded = new ArrayList<>(row.values());
            while (padded.size() < headings.size()) {
                padded.add("");
            }
            each.accept(new Row(row.number(), padded));
        });
    }

    /** The headings to {@code heading}, then every non-empty row to {@code each}. */
    private void scan(Consumer<List<String>> heading, Consumer<Row> each) {
        boolean[] first = {true};
        Consumer<Row> lines = row -> {
            if (first[0]) {
                first[0] = false;
                heading.accept(row.values().stream().map(String::strip).toList());
            } else if (!row.values().stream().allMatch(String::isBlank)) {
                each.accept(row);
            }
        };
        if (workbook) {
            scanWorkbook(lines);
        } else {
            scanCsv(lines);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else GBK; neither is named as the problem. */
    private static Charset charsetOf(Path file) {
        for (Charset candidate : List.of(StandardCharsets.UTF_8, GBK)) {
            try (Reader in = reader(file, candidate)) {
                char[] buffer = new char[8192];
                while (in.read(buffer) >= 0) {
                    // decoding is the check
                }
                return candidate;
            } catch (CharacterCodingException notThis) {
                // the next candidate
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new RuleViolation("file", "import.encoding");
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(UTF8_BOM.length);
        if (!Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
            in.reset();
        }
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, strict), 1 << 16);
    }

    /** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
    private void scanCsv(Consumer<Row> lines) {
        try (PushbackReader in = new PushbackReader(reader(file, charset), 1)) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int line = 1;
            int startLine = 1;
            for (int c = in.read(); c >= 0; c = in.read()) {
                any = true;
                if (quoted) {
                    if (c == '"' && peek(in) == '"') {
                        field.append('"');
                        in.read();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek(in) == '\n') {
                        in.read();
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    lines.accept(new Row(startLine, fields));
                    fields = new ArrayList<>();
                    any = false;
                    line++;
                    startLine = line;
                } else {
                    field.append((char) c);
                }
            }
            if (quoted) {
                throw new RuleViolation("file", "import.unclosed-quote", startLine);
            }
            if (any) {
                fields.add(field.toString());
                lines.accept(new Row(startLine, fields));
            }
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", "import.encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int peek(PushbackReader in) throws IOException {
        int next = in.read();
        if (next >= 0) {
            in.unread(next);
        }
        return next;
    }

    /** The first sheet, parsed as a stream of XML events: one row at a time in memory. */
    private void scanWorkbook(Consumer<Row> lines) {
        try (OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader parts = new XSSFReader(zip);
            StylesTable styles = parts.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(zip, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) parts.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation("file", "import.no-headings");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetEvents(styles, strings, new RowsOfSheet(lines)));
                xml.parse(new InputSource(sheet));
            }
        } catch (RowsOfSheet.Failed failed) {
            throw failed.getCause();
        } catch (RuleViolation refusal) {
            throw refusal;
        } catch (IOException
                | SAXException
                | ParserConfigurationException
                | OpenXML4JException
                | RuntimeException unreadable) {
            throw new RuleViolation("file", "import.not-a-workbook");
        }
    }

    /** POI's sheet events, refusing merged cells: a merged cell holds its value once, for rows it cannot say. */
    private static final class SheetEvents extends XSSFSheetXMLHandler {
        SheetEvents(StylesTable styles, ReadOnlySharedStringsTable strings, SheetContentsHandler rows) {
            super(styles, strings, rows, new IsoDates(), false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("mergeCell".equals(localName)) {
                throw new RuleViolation("file", "import.merged-cells", attributes.getValue("ref"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Cells as text: a date-formatted number as an ISO date, 3.0 as 3. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Gathers a sheet row's cells by their column (cells left out of the XML are blank). */
    private static final class RowsOfSheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Row> lines;
        private List<String> cells = new ArrayList<>();
        private int next;

        RowsOfSheet(Consumer<Row> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int row) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            next = column + 1;
        }

        @Override
        public void endRow(int row) {
            try {
                lines.accept(new Row(row + 1, cells));
            } catch (RuntimeException failed) {
                throw new Failed(failed);
            }
        }

        /** What the reader of the rows threw, carried out of the XML parser untouched. */
        static final class Failed extends RuntimeException {
            Failed(RuntimeException cause) {
                super(cause);
            }

            @Override
            public synchronized RuntimeException getCause() {
                return (RuntimeException) super.getCause();
            }
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

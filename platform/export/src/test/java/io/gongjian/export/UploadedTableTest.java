package io.gongjian.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.RuleViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedTableTest {

    @TempDir
    Path folder;

    @Test
    void readsQuotedFieldsLineBreaksAndSkipsEmptyRowsKeepingTheSheetsRowNumbers() {
        String csv = "\uFEFF名称,说明\r\n甲,\"一, 二\"\r\n,\r\n\r\n乙,\"多\n行 \"\"引\"\"\"\r\n丙";
        UploadedTable table = read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", 10);
        assertEquals(List.of("名称", "说明"), table.headings());
        assertEquals(3, table.rows());
        List<UploadedTable.Row> rows = new ArrayList<>();
        table.forEachRow(rows::add);
        assertEquals(
                List.of(
                        new UploadedTable.Row(2, List.of("甲", "一, 二")),
                        new UploadedTable.Row(5, List.of("乙", "多\n行 \"引\"")),
                        new UploadedTable.Row(7, List.of("丙", ""))),
                rows);
    }

    @Test
    void readsGbkWhenTheBytesAreNotUtf8() {
        byte[] gbk = "名称\n联学\n".getBytes(Charset.forName("GBK"));
        List<String> firsts = new ArrayList<>();
        read(gbk, "a.csv", 10).forEachRow(row -> firsts.add(row.values().get(0)));
        assertEquals(List.of("联学"), firsts);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookAsTextWithIsoDatesAndTheCachedValuesOfFormulas() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("活动");
            sheet.createRow(0).createCell(0).setCellValue("日期");
            sheet.getRow(0).createCell(2).setCellValue("人数");
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(1);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            first.createCell(0).setCellValue(java.time.LocalDate.of(2026, 3, 15));
            first.getCell(0).setCellStyle(date);
            first.createCell(2).setCellValue(30.0);
            sheet.createRow(3).createCell(2).setCellFormula("10*2+0.5");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
            book.write(out);
            workbook = out.toByteArray();
        }
        UploadedTable table = read(workbook, "活动.xlsx", 10);
        assertEquals(List.of("日期", "", "人数"), table.headings());
        List<UploadedTable.Row> rows = new ArrayList<>();
        table.forEachRow(rows::add);
        assertEquals(
                List.of(
                        new UploadedTable.Row(2, List.of("2026-03-15", "", "30")),
                        new UploadedTable.Row(4, List.of("", "", "20.5"))),
                rows);
    }

    @Test
    void refusesAWorkbookWithMergedCellsNamingThem() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("名称");
            sheet.createRow(1).createCell(0).setCellValue("甲");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            book.write(out);
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> read(out.toByteArray(), "a.xlsx", 10));
            assertEquals("import.merged-cells", refusal.reason().key());
            assertEquals(List.of("A2:A3"), refusal.reason().arguments());
        }
    }

    @Test
    void refusesWhatItCannotReadAsAWholeNamingWhy() {
        assertEquals("import.too-many-rows", refusal("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), "a.csv"));
        assertEquals("import.unclosed-quote", refusal("a\n\"1\n".getBytes(StandardCharsets.UTF_8), "a.csv"));
        assertEquals(
                "import.not-a-workbook",
                refusal("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "a.xlsx"));
        assertEquals("import.encoding", refusal(new byte[] {(byte) 0x81, 0x20, (byte) 0xFF}, "a.csv"));
        assertEquals("import.no-headings", refusal(new byte[0], "a.csv"));
    }

    private String refusal(byte[] content, String name) {
        return assertThrows(RuleViolation.class, () -> read(content, name, 2))
                .reason()
                .key();
    }

    private UploadedTable read(byte[] content, String name, int maxRows) {
        try {
            Path file = Files.write(folder.resolve(UUID.randomUUID() + "-" + name), content);
            return UploadedTable.open(file, name, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

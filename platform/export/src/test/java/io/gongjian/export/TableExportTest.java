package io.gongjian.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    enum Grade {
        EXCELLENT,
        UNLABELLED
    }

    record Line(String title, BigDecimal composite, LocalDate asOf, Grade grade) {}

    static final TableExport<Line> EXPORT = new TableExport<>(
            "排名 Ranking",
            List.of(
                    ExportColumn.of("项目名称", "title", Line::title),
                    ExportColumn.of("综合得分", "composite", Line::composite),
                    ExportColumn.of("评估日", "as of", Line::asOf),
                    ExportColumn.label("等级", "grade", Line::grade)));

    static final List<Line> LINES = List.of(
            new Line("校企共建, \"红色引擎\"", new BigDecimal("91.50"), LocalDate.parse("2026-06-30"), Grade.EXCELLENT),
            new Line("=HYPERLINK(\"http://x\")", null, LocalDate.parse("2026-06-30"), Grade.UNLABELLED));

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedAsRfc4180SaysAndNeverAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeCsv(LINES::forEach, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(
                "项目名称 title,综合得分 composite,评估日 as of,等级 grade\r\n"
                        + "\"校企共建, \"\"红色引擎\"\"\",91.50,2026-06-30,优秀\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,2026-06-30,UNLABELLED\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void xlsxHasChineseAndEnglishHeadingsAndTypedCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeXlsx(LINES::forEach, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("排名 Ranking");
            assertEquals("项目名称\ntitle", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("校企共建, \"红色引擎\"", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(91.5, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(
                    LocalDate.parse("2026-06-30"),
                    sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("优秀", sheet.getRow(1).getCell(3).getStringCellValue());
            // Text stays text: a title that looks like a formula is not one.
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    /** 100,000 rows generated one at a time: the heap after the export does not hold them. */
    @Test
    void aHundredThousandRowsStreamWithoutHoldingThemInMemory() throws IOException {
        TableExport.Rows<Line> generated = sink -> {
            for (int i = 0; i < 100_000; i++) {
                sink.accept(new Line(
                        "共建项目 " + i,
                        BigDecimal.valueOf(i % 10_000, 2),
                        LocalDate.parse("2026-06-30"),
                        Grade.EXCELLENT));
            }
        };
        CountingStream csv = new CountingStream();
        EXPORT.writeCsv(generated, csv);
        assertTrue(csv.bytes > 100_000L * 20, "csv bytes: " + csv.bytes);

        CountingStream xlsx = new CountingStream();
        long before = usedHeapAfterGc();
        long[] peak = {0};
        EXPORT.writeXlsx(
                sink -> generated.forEach(line -> {
                    sink.accept(line);
                    if (line.title().endsWith("0000")) {
                        peak[0] = Math.max(peak[0], usedHeapAfterGc() - before);
                    }
                }),
                xlsx);
        assertTrue(xlsx.bytes > 1_000_000, "xlsx bytes: " + xlsx.bytes);
        // XSSF would hold ~100,000 rows × 4 cells (hundreds of MiB); SXSSF holds a window of 200 rows.
        assertTrue(peak[0] < 16L * 1024 * 1024, "heap grew by " + peak[0] / 1024 / 1024 + " MiB");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return usedHeap();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

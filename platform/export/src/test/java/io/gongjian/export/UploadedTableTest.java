package io.gongjian.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.RuleViolation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadedTableTest {

    @Test
    void readsQuotedFieldsLineBreaksAndSkipsEmptyRowsKeepingTheSheetsRowNumbers() {
        String csv = "\uFEFF名称,说明\r\n甲,\"一, 二\"\r\n,\r\n\r\n乙,\"多\n行 \"\"引\"\"\"\r\n丙";
        UploadedTable table = UploadedTable.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", 10);
        assertEquals(List.of("名称", "说明"), table.headings());
        assertEquals(
                List.of(
                        new UploadedTable.Row(2, List.of("甲", "一, 二")),
                        new UploadedTable.Row(5, List.of("乙", "多\n行 \"引\"")),
                        new UploadedTable.Row(7, List.of("丙", ""))),
                table.rows());
    }

    @Test
    void readsGbkWhenTheBytesAreNotUtf8() {
        byte[] gbk = "名称\n联学\n".getBytes(Charset.forName("GBK"));
        assertEquals(
                "联学",
                UploadedTable.read(gbk, "a.csv", 10).rows().get(0).values().get(0));
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

    private static String refusal(byte[] content, String name) {
        return assertThrows(RuleViolation.class, () -> UploadedTable.read(content, name, 2))
                .reason()
                .key();
    }
}

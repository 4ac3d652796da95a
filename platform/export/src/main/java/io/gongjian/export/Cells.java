package io.gongjian.export;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;

/** A value into a spreadsheet cell as what it is: number, date, link or text, never a formula. */
public final class Cells {

    private Cells() {}

    public static void put(Cell cell, Object value, WorkbookStyles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            if (number.scale() == 2) {
                cell.setCellStyle(styles.decimal()); // a figure as shown: keep its two decimals on screen
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof URI link) {
            Hyperlink hyperlink =
                    cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(link.toString());
            cell.setHyperlink(hyperlink);
            cell.setCellValue(link.toString());
            cell.setCellStyle(styles.link());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}

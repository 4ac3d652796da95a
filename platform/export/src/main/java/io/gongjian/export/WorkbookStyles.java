package io.gongjian.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles every exported workbook shares, created once per workbook (a workbook holds at most 64,000
 * styles: one per cell would run out on a long list).
 */
public final class WorkbookStyles {

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle decimal;
    private final CellStyle link;

    public WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        // Full precision in the cell, two decimals on screen: what INDICATORS.md calls "rounded only when shown".
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underlined);
    }

    /** Bold on grey, wrapped: the Chinese heading above its English name. */
    public CellStyle header() {
        return header;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle link() {
        return link;
    }

    /** A column heading: Chinese first, English on the line below. */
    public static String heading(String chinese, String english) {
        if (chinese.isEmpty() || english.isEmpty()) {
            return chinese + english;
        }
        return chinese + "\n" + english;
    }
}

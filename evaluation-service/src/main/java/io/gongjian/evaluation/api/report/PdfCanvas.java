package io.gongjian.evaluation.api.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written top to bottom: a cursor ({@link #y}) that moves down as content is placed, a new page when the
 * next block does not fit, and text in the one embedded font, measured and wrapped (Chinese breaks anywhere, Latin at
 * spaces). Coordinates are PDF points from the page's lower left corner.
 */
final class PdfCanvas implements Closeable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 50;
    static final float LEFT = MARGIN;
    static final float RIGHT = WIDTH - MARGIN;
    static final float TOP = HEIGHT - MARGIN;
    /** Below this the footer goes. */
    static final float BOTTOM = MARGIN + 20;

    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x75, 0x75, 0x75);
    static final Color RULE = new Color(0xBD, 0xBD, 0xBD);
    static final Color ACCENT = new Color(0xB7, 0x1C, 0x1C);

    /** Punctuation a Chinese line does not begin with. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";

    private final PDDocument document;
    private final PDType0Font font;
    private final CmapLookup glyphs;
    private PDPageContentStream out;
    /** The top of the next block on the current page. */
    float y;

    PdfCanvas(PDDocument document, PDType0Font font, TrueTypeFont face) throws IOException {
        this.document = document;
        this.font = font;
        this.glyphs = face.getUnicodeCmapLookup();
        newPage();
    }

    PDPageContentStream out() {
        return out;
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Moves to a new page unless {@code height} more points fit on this one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Writes {@code text} with its baseline at ({@code x}, {@code baseline}). */
    void text(float x, float baseline, float size, Color color, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(text));
        out.endText();
    }

    /** Writes {@code text} ending at {@code right}. */
    void textRight(float right, float baseline, float size, Color color, String text) throws IOException {
        text(right - width(text, size), baseline, size, color, text);
    }

    void textCentred(float centre, float baseline, float size, Color color, String text) throws IOException {
        text(centre - width(text, size) / 2, baseline, size, color, text);
    }

    /** Writes lines from {@code top} down, {@code leading} apart; returns the height used. */
    float lines(float x, float top, float size, float leading, Color color, List<String> lines) throws IOException {
        float baseline = top - size;
        for (String line : lines) {
            text(x, baseline, size, color, line);
            baseline -= leading;
        }
        return lines.size() * leading;
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(width);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    /** A horizontal rule across the text width at the cursor, which moves below it. */
    void rule() throws IOException {
        line(LEFT, y, RIGHT, y, 0.5f, RULE);
        y -= 8;
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** {@code text} cut into lines no wider than {@code width}; line breaks in the text are kept. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            String rest = paragraph;
            while (width(rest, size) > width) {
                int cut = fitting(rest, size, width);
                int space = rest.lastIndexOf(' ', cut);
                if (space > cut / 2) {
                    cut = space; // Latin words stay whole when a space is near enough
                } else {
                    while (cut < rest.length() && NO_LINE_START.indexOf(rest.charAt(cut)) >= 0) {
                        cut++; // a closing mark stays on its line (避头点), a little past the edge
                    }
                }
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    /** How many chars of {@code text} fit in {@code width}: at least one code point, so that wrapping ends. */
    private int fitting(String text, float size, float width) throws IOException {
        float used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            used += width(text.substring(end, next), size);
            if (used > width && end > 0) {
                return end;
            }
            end = next;
        }
        return end;
    }

    /**
     * The text as the font can show it: control characters as spaces, characters without a glyph (rare symbols,
     * characters beyond the font's range) as U+FFFD's stand-in "?", so that a record's text never fails a report.
     */
    String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                shown.append(' ');
            } else if (glyphs.getGlyphId(c) == 0) {
                shown.append('?');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** Ends the last page and writes {@code footer} and the page number at the foot of every page. */
    void finish(String footer) throws IOException {
        out.close();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(
                    document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = foot;
                line(LEFT, MARGIN + 10, RIGHT, MARGIN + 10, 0.5f, RULE);
                text(LEFT, MARGIN, 7.5f, MUTED, footer);
                textRight(RIGHT, MARGIN, 7.5f, MUTED, "第 " + (i + 1) + " 页 / 共 " + pages + " 页");
            }
        }
        out = null;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}

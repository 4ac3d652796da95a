package io.gongjian.imports.application;

/**
 * How many rows of a job went which way so far.
 *
 * @param processed rows checked or written
 * @param created rows that made a new record
 * @param unchanged rows naming a record that already said the same
 * @param amended rows naming a record that said something else, amended
 * @param refused rows refused: see the report
 */
public record RowCounts(int processed, int created, int unchanged, int amended, int refused) {

    public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0);

    /** The rows written (created, left as they were, or amended). */
    public int accepted() {
        return created + unchanged + amended;
    }

    /** The rows refused, of the rows processed; nothing written (an atomic job that refused a row). */
    public RowCounts noneWritten() {
        return new RowCounts(processed, 0, 0, 0, refused);
    }
}

package io.gongjian.imports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an import treats refused rows: {@code atomic} writes nothing unless every row is valid; and rows naming records
 * already there ({@link #amendsRecordsItNames}).
 */
public enum ImportMode {
    ATOMIC,
    VALID_ROWS;

    /**
     * Whether a row whose {@code externalRef} names a record that says something else amends that record (with its
     * history: {@code valid-rows}, a correction uploaded again) or is refused ({@code atomic}: nothing already there
     * changes unless the clerk says so).
     */
    public boolean amendsRecordsItNames() {
        return this == VALID_ROWS;
    }

    /** As the API spells it: {@code atomic}, {@code valid-rows}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ImportMode> ofCode(String code) {
        return Arrays.stream(values()).filter(mode -> mode.code().equals(code)).findFirst();
    }
}

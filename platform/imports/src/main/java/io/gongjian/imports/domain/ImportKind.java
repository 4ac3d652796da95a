package io.gongjian.imports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of record a spreadsheet can import, whichever service keeps it: one list, so that the import operations
 * read the same in the three services' API documents and the gateway can send each kind to its service. Spelled in
 * the API as the records' own plural resource names, hyphenated as in their paths ({@code key-projects}).
 */
public enum ImportKind {
    ORGANIZATIONS,
    MEMBER_COUNTS,
    PARTNERSHIPS,
    KEY_PROJECTS,
    ACTIVITIES,
    EXCHANGES,
    ACHIEVEMENTS,
    CONVERSIONS,
    ASSESSMENTS,
    SURVEYS,
    RECTIFICATIONS;

    /** As the API spells it: {@code activities}, {@code key-projects}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ImportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}

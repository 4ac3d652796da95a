package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/**
 * The school code (学校代码, 学校标识码) the Ministry of Education gives every school: 10 digits. The national
 * vocational-college data tables key their rows by it (docs/national-data-table.md).
 */
public record SchoolCode(String value) {

    public SchoolCode {
        if (value == null || !value.matches("\\d{10}")) {
            throw new RuleViolation("schoolCode", "school-code.digits");
        }
    }

    /** The code of an optional input: none when absent or blank. */
    public static SchoolCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new SchoolCode(value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.gongjian.imports.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API document's name for {@link io.gongjian.imports.domain.ImportKind} as the API spells it (its codes, not the
 * Java constants); {@code ImportKindCodeTest} keeps the list equal to the enum.
 */
@Schema(
        name = "ImportKind",
        type = SchemaType.STRING,
        description = "The kind of record a file holds: the records' plural resource name",
        enumeration = {
            "organizations",
            "member-counts",
            "partnerships",
            "key-projects",
            "activities",
            "exchanges",
            "achievements",
            "conversions",
            "assessments",
            "surveys",
            "rectifications"
        })
final class ImportKindCode {

    private ImportKindCode() {}
}

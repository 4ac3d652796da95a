package io.gongjian.partnership.api;

import io.gongjian.partnership.domain.RegisterEntry;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegisterEntry",
        description = "A party organisation as the public register shows it: what a prospective partner may know")
public record RegisterEntryResponse(
        UUID id,
        @Schema(example = "中共广西汽车集团有限公司委员会") String name,
        @Schema(enumeration = {"UNIVERSITY", "ENTERPRISE", "GOVERNMENT"}) String kind,
        @Schema(enumeration = {"COMMITTEE", "GENERAL_BRANCH", "BRANCH"}) String level,
        @Schema(example = "450200") String regionCode) {

    static RegisterEntryResponse of(RegisterEntry entry) {
        return new RegisterEntryResponse(
                entry.id(),
                entry.name(),
                entry.kind().name(),
                entry.level().name(),
                entry.regionCode().value());
    }
}

package io.gongjian.partnership.api;

import io.gongjian.partnership.domain.CreditCode;
import io.gongjian.partnership.domain.OrganizationKind;
import io.gongjian.partnership.domain.OrganizationProfile;
import io.gongjian.partnership.domain.PartyLevel;
import io.gongjian.partnership.domain.RegionCode;
import io.gongjian.partnership.domain.SchoolCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationRequest", description = "A party organisation to register or revise")
public record OrganizationRequest(
        @Schema(
                        description = "Optional on registration: an id of your own register; ignored on revision",
                        example = "45020000-0000-4000-8000-000000000001")
                UUID id,
        @NotBlank @Schema(example = "中共柳州职业技术大学委员会") String name,
        @NotNull @Schema(example = "UNIVERSITY") OrganizationKind kind,
        @NotNull @Schema(example = "COMMITTEE") PartyLevel level,
        @NotBlank @Schema(example = "柳州职业技术大学") String institution,
        @NotBlank @Schema(description = "Unified social credit code (GB 32100-2015)", example = "12450200498600571A")
                String creditCode,
        @NotBlank @Schema(description = "Administrative division code (GB/T 2260)", example = "450200")
                String regionCode,
        @Schema(
                        description = "Universities only, optional: the institution's 10-digit school code (学校代码),"
                                + " which keys its rows in the national data tables",
                        example = "4145010361",
                        pattern = "^[0-9]{10}$",
                        nullable = true)
                String schoolCode) {

    OrganizationProfile toProfile() {
        return new OrganizationProfile(
                name,
                kind,
                level,
                institution,
                new CreditCode(creditCode),
                new RegionCode(regionCode),
                SchoolCode.ofNullable(schoolCode));
    }
}

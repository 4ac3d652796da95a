package io.gongjian.commons.api;

import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a service understood of the caller's token: handy for front-ends and bureau integrators. */
@Schema(name = "WhoAmI")
public record WhoAmI(
        @Schema(example = "partnership-service") String service,
        @Schema(example = "6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11") String subject,
        @Schema(example = "gx-bureau") String username,
        @Schema(description = "OAuth client the token was issued to", example = "gongjian-web", nullable = true)
                String clientId,
        @Schema(example = "[\"bureau-officer\"]") List<String> roles,
        @Schema(description = "Region-code prefix (bureau officers)", example = "45", nullable = true) String region,
        @Schema(description = "Party organisation (organisation admins)", nullable = true, format = "uuid")
                String orgId) {

    public static WhoAmI of(String service, Caller caller) {
        return new WhoAmI(
                service,
                caller.subject(),
                caller.username(),
                caller.clientId(),
                caller.roles().stream().map(Role::realmRole).sorted().toList(),
                caller.region().orElse(null),
                caller.orgId().orElse(null));
    }
}

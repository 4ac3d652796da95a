package io.gongjian.commons.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the token says: plain data the application layer decides scope with.
 *
 * @param region the region-code prefix a bureau officer oversees (claim {@code region})
 * @param orgId the party organisation an organisation admin manages (claim {@code org_id})
 * @param clientId the OAuth client the token was issued to (claim {@code azp})
 */
public record Caller(
        String subject,
        String username,
        String clientId,
        Set<Role> roles,
        Optional<String> region,
        Optional<String> orgId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Platform-wide sight: only the platform administrator has it. */
    public boolean seesEverything() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Whether a bureau officer's region prefix covers {@code regionCode}. */
    public boolean oversees(String regionCode) {
        return has(Role.BUREAU_OFFICER)
                && region.filter(prefix -> regionCode.startsWith(prefix)).isPresent();
    }

    /** The organisation an organisation admin manages; empty for other roles or an unreadable claim. */
    public Optional<UUID> managedOrganization() {
        if (!has(Role.ORG_ADMIN)) {
            return Optional.empty();
        }
        return orgId.flatMap(id -> {
            try {
                return Optional.of(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Whether an organisation admin manages {@code organisationId}. */
    public boolean manages(String organisationId) {
        return has(Role.ORG_ADMIN) && orgId.filter(organisationId::equals).isPresent();
    }
}

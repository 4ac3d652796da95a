package io.gongjian.e2e;

import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.CoConstructionMode;
import io.gongjian.client.model.OrganizationKind;
import io.gongjian.client.model.OrganizationRequest;
import io.gongjian.client.model.PartnershipRequest;
import io.gongjian.client.model.PartyLevel;
import io.gongjian.client.model.Term;
import io.gongjian.testing.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * What users do first, through the gateway with the generated Java client (gongjian-client), as an integrator
 * following docs/integrating-as-a-bureau.md would: register two organisations, draft and activate a partnership
 * of theirs, every POST with an Idempotency-Key; the activation's consistency token goes with the records that
 * follow at once. A document that no longer says what the services answer breaks these journeys.
 */
final class Journeys {

    private Journeys() {}

    /** An ACTIVE partnership, and the Gongjian-Consistency token of its activation for the writes that depend on it. */
    record Activated(UUID id, String consistency) {}

    /** The API through the gateway as the demo user {@code username}. */
    static GongjianApi as(String username) {
        return withToken(Tokens.forUser(Platform.keycloakUrl(), username));
    }

    /** The API through the gateway as the token's subject. */
    static GongjianApi withToken(String token) {
        return GongjianApi.forToken(Platform.gatewayUrl(), token);
    }

    /** A fresh Idempotency-Key: one intended write (a retry of it would send the same). */
    static String key() {
        return UUID.randomUUID().toString();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** An ACTIVE partnership in Liuzhou (450200) between two fresh organisations. */
    static Activated activePartnership(GongjianApi admin) throws ApiException {
        return activePartnershipOf(admin, register(admin, OrganizationKind.UNIVERSITY, "12450200498600571A"));
    }

    /** An ACTIVE partnership of the given university organisation with a fresh enterprise. */
    static Activated activePartnershipOf(GongjianApi admin, UUID university) throws ApiException {
        UUID partnership = draft(admin, university, register(admin, OrganizationKind.ENTERPRISE, "914502001982294574"));
        return activate(admin, partnership);
    }

    /** DRAFT → ACTIVE, as a bureau or the platform admin does on the record of the signed agreement. */
    static Activated activate(GongjianApi caller, UUID partnership) throws ApiException {
        var activated = caller.partnerships().activatePartnershipWithHttpInfo(partnership, null, key());
        return new Activated(activated.getData().getId(), GongjianApi.consistencyToken(activated));
    }

    /** A DRAFT partnership of the two organisations; returns its id. */
    static UUID draft(GongjianApi admin, UUID university, UUID enterprise) throws ApiException {
        return admin.partnerships()
                .draftPartnership(
                        new PartnershipRequest()
                                .universityOrganizationId(university)
                                .enterpriseOrganizationId(enterprise)
                                .title("端到端共建")
                                .signedOn(LocalDate.of(2024, 1, 1))
                                .term(new Term().start(LocalDate.of(2024, 1, 1)).end(LocalDate.of(2030, 12, 31)))
                                .modes(Set.of(CoConstructionMode.TALENT)),
                        key())
                .getId();
    }

    /** A fresh organisation in Liuzhou; returns its id. */
    static UUID register(GongjianApi caller, OrganizationKind kind, String creditCode) throws ApiException {
        return register(caller, kind, creditCode, "450200");
    }

    /** A fresh organisation in the region {@code regionCode}; returns its id. */
    static UUID register(GongjianApi caller, OrganizationKind kind, String creditCode, String regionCode)
            throws ApiException {
        return caller.organizations()
                .registerOrganization(
                        new OrganizationRequest()
                                .name(kind + " 端到端党委")
                                .kind(kind)
                                .level(PartyLevel.COMMITTEE)
                                .institution(kind + " 端到端")
                                .creditCode(creditCode)
                                .regionCode(regionCode),
                        key())
                .getId();
    }
}

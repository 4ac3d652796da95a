package io.gongjian.localstack.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.client.ApiClient;
import io.gongjian.client.ApiResponse;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.KeyProjectRequest;
import io.gongjian.client.model.MemberCount;
import io.gongjian.client.model.OrganizationRequest;
import io.gongjian.client.model.Partnership;
import io.gongjian.client.model.PartnershipRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the demo data of {@code demo/demo-data.json} through the public API with the generated client, each step as
 * the user who would take it: the platform administrator registers the organisations; a partnership is drafted by
 * one side ({@code draftedBy}) and brought into force either by the other side's confirmation ({@code confirmedBy})
 * or by the bureau of its region on the record of the signed agreement ({@code activatedBy}). It follows the
 * documented integration flow (docs/integrating-as-a-bureau.md): every POST carries an {@code Idempotency-Key}, and
 * the records of a partnership carry the {@code Gongjian-Consistency} token of its last write, so the other services
 * judge them against the partnership in force. Loading is idempotent: what exists already (a second start) is left
 * as it is, and a draft left by an interrupted start is brought into force.
 */
public final class DemoData {

    /** The fields of a demo partnership that say how it is loaded rather than what it is. */
    private static final List<String> LOADING_FIELDS =
            List.of("keyProjects", "targets", "records", "draftedBy", "confirmedBy", "activatedBy");

    /** The demo file read into the client's request types; a field they do not know is an error, not dropped. */
    static final ObjectMapper REQUESTS =
            ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String gatewayUrl;
    private final String realmUrl;
    private final Map<String, GongjianApi> users = new HashMap<>();
    private final RetryAfter retry = RetryAfter.standard();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    public DemoData(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** Returns a one-line summary of what was loaded. */
    public String load() {
        JsonNode demo = read();
        GongjianApi admin = as("admin");
        int organisations = 0;
        for (JsonNode organisation : demo.get("organizations")) {
            organisations += loadOrganisation(admin, organisation) ? 1 : 0;
        }
        int partnerships = 0;
        int records = 0;
        DemoRecords recordLog = new DemoRecords(admin, retry, today);
        for (JsonNode partnership : demo.get("partnerships")) {
            UUID id = existingPartnership(admin, partnership);
            if (id == null) {
                id = draft(partnership);
                partnerships++;
            }
            String consistency = bringIntoForce(id, partnership);
            records += recordLog.load(id, consistency, partnership.get("records"));
        }
        if (organisations + partnerships + records == 0) {
            return "already loaded";
        }
        return organisations + " organisations, " + partnerships + " partnerships, " + records
                + " records and evaluator inputs";
    }

    /**
     * The Idempotency-Key of one write of the demo: the same on a rerun the same day, so that a retried or repeated
     * load replays instead of writing twice; another day dates the records differently, so it is another key.
     */
    static String key(LocalDate today, Object... write) {
        StringBuilder name = new StringBuilder("gongjian-demo/").append(today);
        for (Object part : write) {
            name.append('/').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The demo user's client, logged in on first use. */
    private GongjianApi as(String user) {
        return users.computeIfAbsent(user, name -> DemoLogin.as(gatewayUrl, realmUrl, name));
    }

    private boolean loadOrganisation(GongjianApi admin, JsonNode organisation) {
        UUID id = UUID.fromString(organisation.get("id").asText());
        if (retry.find("GET organization " + id, () -> admin.organizations().getOrganization(id, null))
                .isPresent()) {
            return false;
        }
        ObjectNode registration = organisation.deepCopy();
        registration.remove("memberCounts");
        retry.send("POST organization " + id, () -> admin.organizations()
                .registerOrganization(
                        request(registration, OrganizationRequest.class), key(today, "organizations", id)));
        int index = 0;
        for (JsonNode count : organisation.get("memberCounts")) {
            String key = key(today, "organizations", id, "member-counts", index++);
            retry.send("POST member count of " + id, () -> admin.organizations()
                    .recordMemberCount(id, request(count, MemberCount.class), key));
        }
        return true;
    }

    /** The id of the partnership between the demo's two organisations, if it exists already. */
    private UUID existingPartnership(GongjianApi admin, JsonNode partnership) {
        String university = partnership.get("universityOrganizationId").asText();
        UUID enterprise =
                UUID.fromString(partnership.get("enterpriseOrganizationId").asText());
        List<Partnership> theirs = retry.send("GET partnerships of " + university, () -> admin.partnerships()
                        .listPartnerships(university, null, null, null, 100, null, null))
                .getItems();
        return theirs.stream()
                .filter(item -> item.getEnterpriseOrganizationId().equals(enterprise))
                .map(Partnership::getId)
                .findFirst()
                .orElse(null);
    }

    /** The drafting side drafts the agreement with its key projects and targets; returns its id. */
    private UUID draft(JsonNode partnership) {
        GongjianApi drafter = as(partnership.path("draftedBy").asText("admin"));
        ObjectNode agreement = partnership.deepCopy();
        agreement.remove(LOADING_FIELDS);
        String pair = agreement.get("universityOrganizationId").asText() + "+"
                + agreement.get("enterpriseOrganizationId").asText();
        UUID id = retry.send("POST partnership " + pair, () -> drafter.partnerships()
                        .draftPartnership(
                                request(agreement, PartnershipRequest.class), key(today, "partnerships", pair)))
                .getId();
        int index = 0;
        for (JsonNode keyProject : partnership.get("keyProjects")) {
            String key = key(today, "partnerships", id, "key-projects", index++);
            retry.send("POST key project of " + id, () -> drafter.partnerships()
                    .addKeyProject(id, request(keyProject, KeyProjectRequest.class), key));
        }
        long version = retry.send(
                        "GET partnership " + id, () -> drafter.partnerships().getPartnership(id, null))
                .getVersion();
        Map<String, BigDecimal> targets = REQUESTS.convertValue(partnership.get("targets"), new TypeReference<>() {});
        retry.send("PUT targets of " + id, () -> drafter.partnerships().setTargets(id, targets, etag(version)));
        return id;
    }

    /**
     * A DRAFT comes into force: the other side confirms the version it reads, or the bureau (a platform admin
     * where the demo has no bureau user) activates it. Returns the consistency token of the partnership in force,
     * for the records that depend on it.
     */
    private String bringIntoForce(UUID id, JsonNode partnership) {
        boolean confirmation = partnership.hasNonNull("confirmedBy");
        GongjianApi caller = as(
                confirmation
                        ? partnership.get("confirmedBy").asText()
                        : partnership.path("activatedBy").asText("admin"));
        ApiResponse<Partnership> read =
                retry.send("GET partnership " + id, () -> caller.partnerships().getPartnershipWithHttpInfo(id, null));
        if (read.getData().getStatus() != Partnership.StatusEnum.DRAFT) {
            return GongjianApi.consistencyToken(read);
        }
        String key = key(today, "partnerships", id, confirmation ? "confirm" : "activate");
        ApiResponse<Partnership> inForce = confirmation
                ? retry.send("POST confirm " + id, () -> caller.partnerships()
                        .confirmPartnershipWithHttpInfo(id, etag(read.getData().getVersion()), key))
                : retry.send("POST activate " + id, () -> caller.partnerships()
                        .activatePartnershipWithHttpInfo(id, null, key));
        return GongjianApi.consistencyToken(inForce);
    }

    /** A part of the demo file as the client's request type. */
    static <T> T request(JsonNode node, Class<T> type) {
        try {
            return REQUESTS.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo data does not fit " + type.getSimpleName() + ": " + node, e);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static JsonNode read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data", e);
        }
    }
}

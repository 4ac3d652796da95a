package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data of {@code demo/demo-data.json} through the public API, each step as the user who would take
 * it: the platform administrator registers the organisations; a partnership is drafted by one side ({@code
 * draftedBy}) and brought into force either by the other side's confirmation ({@code confirmedBy}) or by the
 * bureau of its region on the record of the signed agreement ({@code activatedBy}). Loading is idempotent: what
 * exists already (a second start) is left as it is, and a draft left by an interrupted start is brought into force.
 */
public final class DemoData {

    /** The fields of a demo partnership that say how it is loaded rather than what it is. */
    private static final List<String> LOADING_FIELDS =
            List.of("keyProjects", "targets", "records", "draftedBy", "confirmedBy", "activatedBy");

    private final String gatewayUrl;
    private final String realmUrl;
    private final Map<String, ApiClient> users = new HashMap<>();

    public DemoData(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** Returns a one-line summary of what was loaded. */
    public String load() {
        JsonNode demo = read();
        ApiClient admin = as("admin");
        int organisations = 0;
        for (JsonNode organisation : demo.get("organizations")) {
            organisations += loadOrganisation(admin, organisation) ? 1 : 0;
        }
        int partnerships = 0;
        int records = 0;
        DemoRecords recordLog = new DemoRecords(admin);
        for (JsonNode partnership : demo.get("partnerships")) {
            String id = existingPartnership(admin, partnership);
            if (id == null) {
                id = draft(partnership);
                partnerships++;
            }
            bringIntoForce(id, partnership);
            records += recordLog.load(id, partnership.get("records"));
        }
        if (organisations + partnerships + records == 0) {
            return "already loaded";
        }
        return organisations + " organisations, " + partnerships + " partnerships, " + records
                + " records and evaluator inputs";
    }

    /** The demo user's client, logged in on first use. */
    private ApiClient as(String user) {
        return users.computeIfAbsent(user, name -> ApiClient.login(gatewayUrl, realmUrl, name));
    }

    private static boolean loadOrganisation(ApiClient admin, JsonNode organisation) {
        String id = organisation.get("id").asText();
        if (admin.get("/api/v1/organizations/" + id) != null) {
            return false;
        }
        ObjectNode registration = organisation.deepCopy();
        registration.remove("memberCounts");
        admin.post("/api/v1/organizations", registration, 201);
        for (JsonNode count : organisation.get("memberCounts")) {
            admin.post("/api/v1/organizations/" + id + "/member-counts", count, 201);
        }
        return true;
    }

    /** The id of the partnership between the demo's two organisations, if it exists already. */
    private static String existingPartnership(ApiClient admin, JsonNode partnership) {
        String university = partnership.get("universityOrganizationId").asText();
        String enterprise = partnership.get("enterpriseOrganizationId").asText();
        for (JsonNode item : admin.get("/api/v1/partnerships?organization=" + university + "&size=100")
                .get("items")) {
            if (item.get("enterpriseOrganizationId").asText().equals(enterprise)) {
                return item.get("id").asText();
            }
        }
        return null;
    }

    /** The drafting side drafts the agreement with its key projects and targets; returns its id. */
    private String draft(JsonNode partnership) {
        ApiClient drafter = as(partnership.path("draftedBy").asText("admin"));
        ObjectNode agreement = partnership.deepCopy();
        agreement.remove(LOADING_FIELDS);
        String id =
                drafter.post("/api/v1/partnerships", agreement, 201).get("id").asText();
        for (JsonNode keyProject : partnership.get("keyProjects")) {
            drafter.post("/api/v1/partnerships/" + id + "/key-projects", keyProject, 201);
        }
        long version = drafter.get("/api/v1/partnerships/" + id).get("version").asLong();
        drafter.put("/api/v1/partnerships/" + id + "/targets", partnership.get("targets"), etag(version), 200);
        return id;
    }

    /**
     * A DRAFT comes into force: the other side confirms the version it reads, or the bureau (a platform admin
     * where the demo has no bureau user) activates it.
     */
    private void bringIntoForce(String id, JsonNode partnership) {
        String path = "/api/v1/partnerships/" + id;
        if (partnership.hasNonNull("confirmedBy")) {
            ApiClient otherSide = as(partnership.get("confirmedBy").asText());
            JsonNode read = otherSide.get(path);
            if (read.get("status").asText().equals("DRAFT")) {
                otherSide.post(
                        path + "/confirm", emptyBody(), etag(read.get("version").asLong()), 200);
            }
            return;
        }
        ApiClient activator = as(partnership.path("activatedBy").asText("admin"));
        if (activator.get(path).get("status").asText().equals("DRAFT")) {
            activator.post(path + "/activate", emptyBody(), 200);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static ObjectNode emptyBody() {
        return new ObjectMapper().createObjectNode();
    }

    private static JsonNode read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data", e);
        }
    }
}

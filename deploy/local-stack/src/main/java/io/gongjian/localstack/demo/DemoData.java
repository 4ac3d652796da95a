package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the demo data of {@code demo/demo-data.json} through the public API, as the platform administrator.
 * Loading is idempotent: what exists already (a second start) is left as it is.
 */
public final class DemoData {

    private final String gatewayUrl;
    private final String realmUrl;

    public DemoData(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** Returns a one-line summary of what was loaded. */
    public String load() {
        JsonNode demo = read();
        ApiClient admin = ApiClient.login(gatewayUrl, realmUrl, "admin");
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
                id = loadPartnership(admin, partnership);
                partnerships++;
            }
            records += recordLog.load(id, partnership.get("records"));
        }
        if (organisations + partnerships + records == 0) {
            return "already loaded";
        }
        return organisations + " organisations, " + partnerships + " partnerships, " + records
                + " records and evaluator inputs";
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

    /** Drafts the agreement, adds its key projects and targets, activates it; returns its id. */
    private static String loadPartnership(ApiClient admin, JsonNode partnership) {
        ObjectNode agreement = partnership.deepCopy();
        agreement.remove("keyProjects");
        agreement.remove("targets");
        agreement.remove("records");
        String id = admin.post("/api/v1/partnerships", agreement, 201).get("id").asText();
        for (JsonNode keyProject : partnership.get("keyProjects")) {
            admin.post("/api/v1/partnerships/" + id + "/key-projects", keyProject, 201);
        }
        long version = admin.get("/api/v1/partnerships/" + id).get("version").asLong();
        admin.put("/api/v1/partnerships/" + id + "/targets", partnership.get("targets"), "\"" + version + "\"", 200);
        admin.post("/api/v1/partnerships/" + id + "/activate", new ObjectMapper().createObjectNode(), 200);
        return id;
    }

    private static JsonNode read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data", e);
        }
    }
}

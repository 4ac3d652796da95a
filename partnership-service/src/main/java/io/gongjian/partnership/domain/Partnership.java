package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A co-construction partnership (共建关系) between one university and one enterprise party organisation
 * (optionally with government parties), its agreement, key projects, annual targets and lifecycle.
 */
public final class Partnership {

    /** Who takes part: set when the partnership is drafted, fixed afterwards. */
    public record Parties(
            UUID universityOrganizationId, UUID enterpriseOrganizationId, List<UUID> governmentOrganizationIds) {
        public Parties {
            governmentOrganizationIds = List.copyOf(governmentOrganizationIds);
        }
    }

    private final UUID id;
    private final String code;
    private final Parties parties;
    private final RegionCode regionCode;
    private Agreement agreement;
    private final Map<VolumeIndicator, BigDecimal> targets;
    private final List<KeyProject> keyProjects;
    private PartnershipStatus status;
    private long version;

    private Partnership(
            UUID id,
            String code,
            Parties parties,
            RegionCode regionCode,
            Agreement agreement,
            Map<VolumeIndicator, BigDecimal> targets,
            List<KeyProject> keyProjects,
            PartnershipStatus status,
            long version) {
        this.id = id;
        this.code = code;
        this.parties = parties;
        this.regionCode = regionCode;
        this.agreement = agreement;
        this.targets = targets.isEmpty() ? new EnumMap<>(VolumeIndicator.class) : new EnumMap<>(targets);
        this.keyProjects = new ArrayList<>(keyProjects);
        this.status = status;
        this.version = version;
    }

    /**
     * Drafts a partnership between {@code university} and {@code enterprise}; its region is the university's.
     * Each party must be of the kind its role says.
     */
    public static Partnership draft(
            UUID id,
            String code,
            Organization university,
            Organization enterprise,
            List<Organization> governments,
            Agreement agreement) {
        requireKind(university, OrganizationKind.UNIVERSITY, "universityOrganizationId");
        requireKind(enterprise, OrganizationKind.ENTERPRISE, "enterpriseOrganizationId");
        governments.forEach(
                government -> requireKind(government, OrganizationKind.GOVERNMENT, "governmentOrganizationIds"));
        Parties parties = new Parties(
                university.id(),
                enterprise.id(),
                governments.stream().map(Organization::id).distinct().toList());
        return new Partnership(
                id, code, parties, university.regionCode(), agreement, Map.of(), List.of(), PartnershipStatus.DRAFT, 1);
    }

    /** Rebuilds a partnership from storage. */
    public static Partnership restore(
            UUID id,
            String code,
            Parties parties,
            RegionCode regionCode,
            Agreement agreement,
            Map<VolumeIndicator, BigDecimal> targets,
            List<KeyProject> keyProjects,
            PartnershipStatus status,
            long version) {
        return new Partnership(id, code, parties, regionCode, agreement, targets, keyProjects, status, version);
    }

    public void revise(Agreement revised) {
        requireOpen("revise");
        agreement = revised;
        version++;
    }

    /**
     * Moves the partnership through its lifecycle.
     *
     * @param today the current date (Asia/Shanghai): an agreement whose term has ended cannot be (re)activated
     * @param anotherActiveBetweenTheSameParties whether the same two organisations already have an ACTIVE one
     */
    public void apply(LifecycleCommand command, LocalDate today, boolean anotherActiveBetweenTheSameParties) {
        if (!command.allowedFrom(status)) {
            throw new Conflict(
                    "status",
                    "a partnership that is " + status + " cannot be asked to "
                            + command.name().toLowerCase() + "; allowed now: "
                            + String.join(", ", LifecycleCommand.allowedFromStatus(status)),
                    Map.of(
                            "currentStatus",
                            status.name(),
                            "allowedCommands",
                            LifecycleCommand.allowedFromStatus(status)));
        }
        if (command.target() == PartnershipStatus.ACTIVE) {
            if (agreement.term().hasEndedBy(today)) {
                throw new Conflict(
                        "term.end",
                        "the agreement's term ended on " + agreement.term().end() + "; extend the term before you "
                                + command.name().toLowerCase() + " it",
                        Map.of("currentStatus", status.name()));
            }
            if (anotherActiveBetweenTheSameParties) {
                throw new Conflict(
                        "enterpriseOrganizationId",
                        "these two organisations already have an ACTIVE partnership; terminate or suspend it first",
                        Map.of("currentStatus", status.name()));
            }
        }
        status = command.target();
        version++;
    }

    /** ACTIVE → EXPIRED once the term has ended; returns whether it expired now. */
    public boolean expireIfTermEnded(LocalDate today) {
        if (status == PartnershipStatus.ACTIVE && agreement.term().hasEndedBy(today)) {
            status = PartnershipStatus.EXPIRED;
            version++;
            return true;
        }
        return false;
    }

    /** Replaces the annual targets; each is ≥ 0 and for a volume indicator only. */
    public void setTargets(Map<VolumeIndicator, BigDecimal> newTargets) {
        requireOpen("change the targets of");
        newTargets.forEach((indicator, target) -> {
            if (target == null || target.signum() < 0) {
                throw new RuleViolation("targets." + indicator.name(), "a target must be a number ≥ 0");
            }
        });
        targets.clear();
        targets.putAll(newTargets);
        version++;
    }

    public KeyProject addKeyProject(KeyProject project) {
        requireOpen("add key projects to");
        keyProjects.add(project);
        version++;
        return project;
    }

    public KeyProject reviseKeyProject(KeyProject revised) {
        requireOpen("change key projects of");
        int index = indexOfKeyProject(revised.id());
        keyProjects.set(index, revised);
        version++;
        return revised;
    }

    public KeyProject keyProject(UUID keyProjectId) {
        return keyProjects.get(indexOfKeyProject(keyProjectId));
    }

    private int indexOfKeyProject(UUID keyProjectId) {
        for (int i = 0; i < keyProjects.size(); i++) {
            if (keyProjects.get(i).id().equals(keyProjectId)) {
                return i;
            }
        }
        throw new NotFound("key project", keyProjectId);
    }

    public boolean involves(UUID organizationId) {
        return parties.universityOrganizationId().equals(organizationId)
                || parties.enterpriseOrganizationId().equals(organizationId)
                || parties.governmentOrganizationIds().contains(organizationId);
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new Conflict(
                    "status",
                    "cannot " + action + " a partnership that is " + status,
                    Map.of("currentStatus", status.name(), "allowedCommands", List.of()));
        }
    }

    private static void requireKind(Organization organization, OrganizationKind kind, String field) {
        if (organization.kind() != kind) {
            throw new RuleViolation(
                    field,
                    "organisation " + organization.id() + " is " + organization.kind() + ", but this party must be "
                            + kind);
        }
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Parties parties() {
        return parties;
    }

    public RegionCode regionCode() {
        return regionCode;
    }

    public Agreement agreement() {
        return agreement;
    }

    public Map<VolumeIndicator, BigDecimal> targets() {
        return Map.copyOf(targets);
    }

    public List<KeyProject> keyProjects() {
        return List.copyOf(keyProjects);
    }

    public PartnershipStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}

package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A co-construction partnership (共建关系) between one university and one enterprise party organisation
 * (optionally with government parties), its agreement, key projects, annual targets and lifecycle. A draft
 * becomes ACTIVE once both sides have agreed to it as it stands, or when the bureau or a platform admin activates
 * it on the record of a signed agreement (docs/domain.md).
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
    private Consent consent;
    private PartnershipStatus status;
    private long version;

    /** Targets are stored with two decimals below 10¹² (NUMERIC(14, 2)). */
    private static final BigDecimal TARGET_LIMIT = BigDecimal.TEN.pow(12);

    private Partnership(
            UUID id,
            String code,
            Parties parties,
            RegionCode regionCode,
            Agreement agreement,
            Map<VolumeIndicator, BigDecimal> targets,
            List<KeyProject> keyProjects,
            Consent consent,
            PartnershipStatus status,
            long version) {
        this.id = id;
        this.code = code;
        this.parties = parties;
        this.regionCode = regionCode;
        this.agreement = agreement;
        this.targets = targets.isEmpty() ? new EnumMap<>(VolumeIndicator.class) : new EnumMap<>(targets);
        this.keyProjects = new ArrayList<>(keyProjects);
        this.consent = consent;
        this.status = status;
        this.version = version;
    }

    /**
     * Drafts a partnership between {@code university} and {@code enterprise}; its region is the university's.
     * Each party must be of the kind its role says.
     *
     * @param draftingSide the side whose admin drafts it (and so agrees to it); empty for a platform admin
     */
    public static Partnership draft(
            UUID id,
            String code,
            Organization university,
            Organization enterprise,
            List<Organization> governments,
            Agreement agreement,
            Optional<Side> draftingSide,
            LocalDate today) {
        agreement.requireSignedBy(today);
        requireKind(university, OrganizationKind.UNIVERSITY, "universityOrganizationId");
        requireKind(enterprise, OrganizationKind.ENTERPRISE, "enterpriseOrganizationId");
        governments.forEach(
                government -> requireKind(government, OrganizationKind.GOVERNMENT, "governmentOrganizationIds"));
        Parties parties = new Parties(
                university.id(),
                enterprise.id(),
                governments.stream().map(Organization::id).distinct().toList());
        return new Partnership(
                id,
                code,
                parties,
                university.regionCode(),
                agreement,
                Map.of(),
                List.of(),
                Consent.of(draftingSide),
                PartnershipStatus.DRAFT,
                1);
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
            Consent consent,
            PartnershipStatus status,
            long version) {
        return new Partnership(
                id, code, parties, regionCode, agreement, targets, keyProjects, consent, status, version);
    }

    /** @param by the side whose admin changes the agreement; empty for a platform admin */
    public void revise(Agreement revised, Optional<Side> by, LocalDate today) {
        requireOpen("revise");
        revised.requireSignedBy(today);
        agreement = revised;
        changed(by);
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
                    Message.of(
                            "partnership.command-not-allowed",
                            status,
                            Message.of("action." + command.name().toLowerCase()),
                            String.join(", ", LifecycleCommand.allowedFromStatus(status))),
                    Map.of(
                            "currentStatus",
                            status.name(),
                            "allowedCommands",
                            LifecycleCommand.allowedFromStatus(status)));
        }
        if (command.target() == PartnershipStatus.ACTIVE) {
            requireActivatable(command.name().toLowerCase(), today, anotherActiveBetweenTheSameParties);
        }
        if (command == LifecycleCommand.ACTIVATE) {
            // Activated on the record of the agreement both sides signed.
            consent = Consent.BOTH;
        }
        status = command.target();
        version++;
    }

    /**
     * The admin of {@code side} agrees to the draft as it stands; once both sides have, it is ACTIVE.
     *
     * @param anotherActiveBetweenTheSameParties whether the same two organisations already have an ACTIVE one
     */
    public void confirm(Side side, LocalDate today, boolean anotherActiveBetweenTheSameParties) {
        if (status != PartnershipStatus.DRAFT) {
            throw new Conflict(
                    "status", Message.of("partnership.not-a-draft", status), Map.of("currentStatus", status.name()));
        }
        if (consent.has(side)) {
            throw new Conflict(
                    "status",
                    Message.of(
                            "partnership.agreed-already",
                            side,
                            consent.awaited().get(0)),
                    Map.of("currentStatus", status.name(), "awaitingConfirmationFrom", names(consent.awaited())));
        }
        Consent agreed = consent.with(side);
        if (agreed.complete()) {
            requireActivatable("confirm", today, anotherActiveBetweenTheSameParties);
            status = PartnershipStatus.ACTIVE;
        }
        consent = agreed;
        version++;
    }

    private void requireActivatable(String action, LocalDate today, boolean anotherActiveBetweenTheSameParties) {
        if (agreement.term().hasEndedBy(today)) {
            throw new Conflict(
                    "term.end",
                    Message.of("partnership.term-ended", agreement.term().end(), Message.of("action." + action)),
                    Map.of("currentStatus", status.name()));
        }
        if (anotherActiveBetweenTheSameParties) {
            throw new Conflict(
                    "enterpriseOrganizationId",
                    Message.of("partnership.another-active"),
                    Map.of("currentStatus", status.name()));
        }
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

    /** Replaces the annual targets; each is ≥ 0, below 10¹², with at most two decimals, for a volume indicator. */
    public void setTargets(Map<VolumeIndicator, BigDecimal> newTargets, Optional<Side> by) {
        requireOpen("change-targets");
        newTargets.forEach((indicator, target) -> {
            String field = "targets." + indicator.name();
            if (target == null || target.signum() < 0) {
                throw new RuleViolation(field, "target.negative");
            }
            if (target.compareTo(TARGET_LIMIT) >= 0) {
                throw new RuleViolation(field, "target.too-large");
            }
            if (target.stripTrailingZeros().scale() > 2) {
                throw new RuleViolation(field, "target.decimals", target.toPlainString());
            }
        });
        targets.clear();
        targets.putAll(newTargets);
        changed(by);
    }

    public KeyProject addKeyProject(KeyProject project, Optional<Side> by) {
        requireOpen("add-key-project");
        requireDueWithinTerm(project);
        keyProjects.add(project);
        changed(by);
        return project;
    }

    public KeyProject reviseKeyProject(KeyProject revised, Optional<Side> by) {
        requireOpen("change-key-project");
        int index = indexOfKeyProject(revised.id());
        requireDueWithinTerm(revised);
        keyProjects.set(index, revised);
        changed(by);
        return revised;
    }

    private void requireDueWithinTerm(KeyProject project) {
        PlausibleDates.notAfter("dueOn", project.dueOn(), agreement.term().end(), Message.of("bound.term-end"));
    }

    /**
     * Every change makes a new version; a changed draft is agreed only by the side that changed it, so the other
     * side confirms what it now says.
     */
    private void changed(Optional<Side> by) {
        if (status == PartnershipStatus.DRAFT) {
            consent = Consent.of(by);
        }
        version++;
    }

    private static List<String> names(List<Side> sides) {
        return sides.stream().map(Enum::name).toList();
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

    /** The side an organisation is on: the university or the enterprise one; empty for others. */
    public Optional<Side> sideOf(UUID organizationId) {
        if (parties.universityOrganizationId().equals(organizationId)) {
            return Optional.of(Side.UNIVERSITY);
        }
        if (parties.enterpriseOrganizationId().equals(organizationId)) {
            return Optional.of(Side.ENTERPRISE);
        }
        return Optional.empty();
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
                    Message.of("partnership.not-open", Message.of("action." + action), status),
                    Map.of("currentStatus", status.name(), "allowedCommands", List.of()));
        }
    }

    private static void requireKind(Organization organization, OrganizationKind kind, String field) {
        if (organization.kind() != kind) {
            throw new RuleViolation(field, "partnership.party-kind", organization.id(), organization.kind(), kind);
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

    public Consent consent() {
        return consent;
    }

    public PartnershipStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}

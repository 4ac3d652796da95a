package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.CooperationFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The national vocational-college data tables derived from the records (docs/national-data-table.md): today the
 * table of industry–education cooperation, one row per college, enterprise and year.
 */
@ApplicationScoped
public class NationalDataService {

    static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    static final DateTimeFormatter COLLECTED_AT = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

    @Inject
    NationalData data;

    @Inject
    ReadModel readModel;

    @Inject
    BusinessCalendar calendar;

    /** The table as the caller may read it. */
    public record CooperationTable(int year, String collectedAt, List<CooperationRow> rows) {}

    /**
     * The rows of {@code year}: platform admins and bureau officers those of a region ({@code region}, within a
     * bureau's own), organisation admins those of their own organisation's partnerships.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CooperationTable cooperation(Caller caller, Integer year, String region) {
        Year covered = year(year);
        List<NationalData.PartnershipYear> partnerships;
        if (caller.seesEverything() || caller.has(Role.BUREAU_OFFICER)) {
            partnerships = data.inRegion(Scope.regionInReach(caller, region), covered);
        } else {
            UUID organization = caller.managedOrganization().orElseThrow(() -> new Forbidden("national-data.roles"));
            partnerships = data.of(readModel.involving(organization), covered);
        }
        String collectedAt = LocalDateTime.now(BusinessCalendar.ZONE)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(COLLECTED_AT);
        return new CooperationTable(covered.getValue(), collectedAt, rows(partnerships, covered, collectedAt));
    }

    private Year year(Integer year) {
        if (year == null) {
            throw new RuleViolation("year", "national-data.year-required");
        }
        int first = PlausibleDates.EARLIEST.getYear();
        int last = calendar.today().getYear();
        if (year < first || year > last) {
            throw new RuleViolation("year", "national-data.year-range", first, last, year);
        }
        return Year.of(year);
    }

    /** One row per college and enterprise: the partnerships of the same two parties summed, the earliest start. */
    private List<CooperationRow> rows(List<NationalData.PartnershipYear> partnerships, Year year, String collectedAt) {
        Map<List<UUID>, NationalData.PartnershipYear> pairs = new LinkedHashMap<>();
        Set<UUID> organizations = new HashSet<>();
        for (NationalData.PartnershipYear p : partnerships) {
            organizations.add(p.universityOrganizationId());
            organizations.add(p.enterpriseOrganizationId());
            pairs.merge(
                    List.of(p.universityOrganizationId(), p.enterpriseOrganizationId()), p, NationalDataService::both);
        }
        Map<UUID, NationalData.Registration> known = data.organizations(organizations);
        List<CooperationRow> rows = new ArrayList<>();
        for (NationalData.PartnershipYear pair : pairs.values()) {
            NationalData.Registration university = known.get(pair.universityOrganizationId());
            NationalData.Registration enterprise = known.get(pair.enterpriseOrganizationId());
            CooperationFigures figures = pair.figures();
            rows.add(new CooperationRow(
                    rowId(pair, year),
                    year.getValue(),
                    university == null ? null : university.schoolCode(),
                    university == null ? null : university.institution(),
                    enterprise == null ? null : enterprise.creditCode(),
                    enterprise == null ? null : enterprise.institution(),
                    pair.termStart().format(YEAR_MONTH),
                    figures.orderClassTrainees(),
                    figures.coursesDeveloped(),
                    figures.textbooksDeveloped(),
                    figures.partTimeTeachers(),
                    figures.internsReceived(),
                    figures.graduatesEmployed(),
                    plain(figures.technicalServiceIncome()),
                    collectedAt,
                    pair.universityOrganizationId(),
                    pair.enterpriseOrganizationId()));
        }
        rows.sort(Comparator.comparing(CooperationRow::schoolName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CooperationRow::enterpriseCreditCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CooperationRow::id));
        return rows;
    }

    /** 30 rather than 30.0 or 3E+1: the sum's scale depends on how its parts were stored, not on its value. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static NationalData.PartnershipYear both(NationalData.PartnershipYear a, NationalData.PartnershipYear b) {
        LocalDate start = a.termStart().isBefore(b.termStart()) ? a.termStart() : b.termStart();
        return new NationalData.PartnershipYear(
                a.partnershipId(),
                a.universityOrganizationId(),
                a.enterpriseOrganizationId(),
                start,
                a.figures().plus(b.figures()));
    }

    /** The same 32 characters for the same college, enterprise and year, so that a resubmission replaces the row. */
    private static String rowId(NationalData.PartnershipYear pair, Year year) {
        String name = "ODS_CXHZSJ/" + pair.universityOrganizationId() + "/" + pair.enterpriseOrganizationId() + "/"
                + year.getValue();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "")
                .toUpperCase(Locale.ROOT);
    }
}

package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.CooperationFigures;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read model summed up for the national data tables (docs/national-data-table.md). */
public interface NationalData {

    /**
     * The partnerships that are or were ACTIVE, whose term overlaps {@code year} and whose region code starts with
     * {@code regionPrefix} (empty: all), each with its figures of that year.
     */
    List<PartnershipYear> inRegion(String regionPrefix, Year year);

    /** The same for those of {@code partnershipIds}. */
    List<PartnershipYear> of(Collection<UUID> partnershipIds, Year year);

    /** Those of {@code ids} that are known. */
    Map<UUID, Registration> organizations(Collection<UUID> ids);

    /**
     * What the register says of an organisation's institution: its name, unified social credit code and school code
     * (universities, when given); {@code null} fields in a row stored before 2.0.0 and not rebuilt since.
     */
    record Registration(String institution, String creditCode, String schoolCode) {}

    /** A partnership's parties, the start of its term and what it did in a year. */
    record PartnershipYear(
            UUID partnershipId,
            UUID universityOrganizationId,
            UUID enterpriseOrganizationId,
            LocalDate termStart,
            CooperationFigures figures) {}
}

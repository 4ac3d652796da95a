package io.gongjian.activity.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "partnership_view")
public class PartnershipViewEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;
    public String status;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "university_organization_id")
    public UUID universityOrganizationId;

    @Column(name = "enterprise_organization_id")
    public UUID enterpriseOrganizationId;

    /** Comma-separated. */
    @Column(name = "government_organization_ids")
    public String governmentOrganizationIds;
}

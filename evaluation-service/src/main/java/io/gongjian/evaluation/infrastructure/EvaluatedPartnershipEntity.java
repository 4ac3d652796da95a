package io.gongjian.evaluation.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "evaluated_partnership")
public class EvaluatedPartnershipEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;
    public String code;
    public String title;
    public String status;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "university_organization_id")
    public UUID universityOrganizationId;

    @Column(name = "enterprise_organization_id")
    public UUID enterpriseOrganizationId;

    /** Comma-separated ids. */
    @Column(name = "government_organization_ids")
    public String governmentOrganizationIds;

    /** JSON object: indicator code → annual target. */
    public String targets;
}

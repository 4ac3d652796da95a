package io.gongjian.evaluation.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "evaluated_organization")
public class EvaluatedOrganizationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;

    /** JSON array of {effectiveOn, count}. */
    @Column(name = "member_counts")
    public String memberCounts;

    public String institution;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "school_code")
    public String schoolCode;
}

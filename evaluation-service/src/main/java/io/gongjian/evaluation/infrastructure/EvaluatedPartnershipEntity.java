package io.gongjian.evaluation.infrastructure;

import io.gongjian.records.infrastructure.PartnershipRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "evaluated_partnership")
public class EvaluatedPartnershipEntity extends PartnershipRow {

    public String code;
    public String title;

    /** JSON object: indicator code → annual target. */
    public String targets;
}

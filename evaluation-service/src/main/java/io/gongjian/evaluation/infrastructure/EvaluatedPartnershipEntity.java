package io.gongjian.evaluation.infrastructure;

import io.gongjian.records.infrastructure.PartnershipRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "evaluated_partnership")
public class EvaluatedPartnershipEntity extends PartnershipRow {

    public String code;
    public String title;

    /** JSON object: indicator code → annual target. */
    public String targets;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;
}

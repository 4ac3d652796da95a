package io.gongjian.evaluation.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "current_score")
public class CurrentScoreEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    public String code;
    public String title;
    public String status;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "window_days")
    public int windowDays;

    /** Full precision: the ranking orders by it. */
    public BigDecimal composite;

    public String grade;
    public BigDecimal coverage;

    /** The score report as the API shows it, JSON. */
    public String report;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
}

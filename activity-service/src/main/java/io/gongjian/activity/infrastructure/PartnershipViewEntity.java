package io.gongjian.activity.infrastructure;

import io.gongjian.records.infrastructure.PartnershipRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "partnership_view")
public class PartnershipViewEntity extends PartnershipRow {

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;
}

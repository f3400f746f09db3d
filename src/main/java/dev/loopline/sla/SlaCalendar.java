package dev.loopline.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A business calendar as stored: its zone and its definition (working hours, holidays, make-up days) as JSON. */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar extends PanacheEntityBase {

    @Id
    public String name;

    public String zone;

    public String definition;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

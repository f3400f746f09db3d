package dev.loopline.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Loopline's own settings (application.properties, prefix `loopline`). */
@ConfigMapping(prefix = "loopline")
public interface LooplineConfig {

    /**
     * The service centre's zone: ticket-number years, calendars, the written report's date and the monthly
     * report's months are read in it.
     */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * How long configuration read by every request (categories, severity rules, authority, SLA policies and
     * calendars) is kept in memory; a change through another instance takes effect here within this time.
     */
    @WithDefault("5s")
    Duration configurationCache();

    Repeat repeat();

    Phone phone();

    Sla sla();

    Escalation escalation();

    Outbox outbox();

    Retention retention();

    Replica replica();

    Partitions partitions();

    Archive archive();

    /**
     * How long a month's root-cause report, once computed, is answered again (its `asOf` says when it was computed):
     * a month of a million tickets takes seconds of one core to read. 0 computes every request afresh.
     */
    @WithDefault("5m")
    Duration monthlyReportRefresh();

    Organisation organisation();

    /** The utility that signs the written report: its name and address in Chinese and English, and its hotline. */
    interface Organisation {

        String nameZh();

        String nameEn();

        /** The customer service hotline printed in the report, e.g. 96069. */
        String hotline();

        String addressZh();

        String addressEn();
    }

    /** Webhook delivery of the outbox. */
    interface Outbox {

        /** How often the dispatcher runs ("off" disables it). */
        @WithDefault("2s")
        String dispatchEvery();

        /** The first retry's delay; each further one doubles. */
        @WithDefault("PT5S")
        Duration retryBase();

        @WithDefault("PT1H")
        Duration retryMax();

        /** Attempts before a delivery is given up as FAILED. */
        @WithDefault("15")
        int maxAttempts();
    }

    /**
     * What is removed once it has served (issue 18): delivered webhook deliveries and their outbox events after
     * {@code outbox}, Idempotency-Keys after {@code idempotency-keys} (a retry with the same key after that is a new
     * ticket). Tickets and their timelines are never removed by this job.
     */
    interface Retention {

        /** How often the retention job runs ("off" disables it). */
        @WithDefault("10m")
        String every();

        /** How long a delivered (or finally failed) webhook delivery, and its outbox event, are kept. */
        @WithDefault("P30D")
        Duration outbox();

        /** How long an Idempotency-Key answers a retry with its ticket. */
        @WithDefault("P7D")
        Duration idempotencyKeys();

        /** Rows removed per transaction. */
        @WithDefault("5000")
        int batch();
    }

    /**
     * When the optional read replica (datasource `replica`) serves the board, the monthly report and lists (issue
     * 18): while its replay is at most {@code max-lag} behind the primary, as checked every {@code check-every}.
     */
    interface Replica {

        /** How often the replica's state and lag are checked ("off" stops the checks: reads stay on the primary). */
        @WithDefault("1s")
        String checkEvery();

        /** The most its replay may be behind the primary while it serves reads. */
        @WithDefault("5s")
        Duration maxLag();

        /** How long a check waits for the replica's answer before taking it as down. */
        @WithDefault("2s")
        Duration checkTimeout();
    }

    /**
     * The archive of closed tickets (README "The archive of closed tickets"): a month of tickets, every one closed
     * for {@code years}, moved to the schema `archive` with its timeline partition. Runs with the retention job.
     */
    interface Archive {

        /** How many years a ticket is kept live after it was closed; the regulator's term for complaint records. */
        @WithDefault("5")
        int years();

        /** Tickets moved per transaction (each with its SLA row, repeats, escalations and work orders). */
        @WithDefault("1000")
        int batch();
    }

    /** The month partitions of the timeline, the outbox and the deliveries (README "Partitions"). */
    interface Partitions {

        /** How often the service makes sure the months ahead have their partitions ("off": only at start). */
        @WithDefault("1h")
        String every();

        /** How many months after the current one (in loopline.zone) have their partitions made ahead. */
        @WithDefault("3")
        int ahead();
    }

    /** The escalation ladder's job. */
    interface Escalation {

        /** How often unacknowledged escalations are climbed ("off" disables it, e.g. in tests). */
        @WithDefault("5s")
        String climbEvery();
    }

    /** The SLA engine's jobs. */
    interface Sla {

        /** How often the breach sweep runs ("off" disables it, e.g. in tests that drive it by hand). */
        @WithDefault("5s")
        String sweepEvery();

        /** Tickets flagged per transaction. */
        @WithDefault("1000")
        int sweepBatch();

        /** Batches per flag in one sweep; what is left waits for the next sweep. */
        @WithDefault("50")
        int sweepMaxBatches();

        /** How often the board's counts of open tickets are taken. */
        @WithDefault("10s")
        Duration boardRefreshEvery();

        /**
         * How often the board's default period (last 30 days) is computed: it reads every ticket of the period
         * (about 3 s of one core at a million tickets).
         */
        @WithDefault("5m")
        Duration boardPeriodRefreshEvery();
    }

    /** How phone numbers are read. */
    interface Phone {

        /** The region (ISO 3166 code) of a number given without a country code. */
        @WithDefault("CN")
        String defaultRegion();
    }

    /** The repeat-complaint rule of DESIGN §2. */
    interface Repeat {

        @WithDefault("P30D")
        Duration window();

        /** The n-th complaint in the window makes the class ESCALATED. */
        @WithDefault("3")
        int escalateAt();
    }
}

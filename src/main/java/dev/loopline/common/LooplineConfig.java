package dev.loopline.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Loopline's own settings (application.properties, prefix `loopline`). */
@ConfigMapping(prefix = "loopline")
public interface LooplineConfig {

    /** The service centre's zone: ticket-number years and calendars are read in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Repeat repeat();

    /** The repeat-complaint rule of DESIGN §2. */
    interface Repeat {

        @WithDefault("P30D")
        Duration window();

        /** The n-th complaint in the window makes the class ESCALATED. */
        @WithDefault("3")
        int escalateAt();
    }
}

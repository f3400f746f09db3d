package dev.loopline.console;

import dev.loopline.workorder.WorkOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times and durations as the console writes them, in the service's zone and the reader's language. */
final class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private ConsoleFormat() {
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "–" : TIME.format(at.atZone(zone));
    }

    /** "1 h 05 min" / "1小时05分"; days beyond 48 hours. */
    static String duration(Duration d, boolean english) {
        long minutes = Math.abs(d.toMinutes());
        long hours = minutes / 60;
        if (hours >= 48) {
            return english ? hours / 24 + " d " + hours % 24 + " h" : hours / 24 + "天" + hours % 24 + "小时";
        }
        if (hours > 0) {
            return english ? String.format("%d h %02d min", hours, minutes % 60)
                    : String.format("%d小时%02d分", hours, minutes % 60);
        }
        return english ? minutes + " min" : minutes + "分钟";
    }

    static String seconds(Double seconds, boolean english) {
        return seconds == null ? "–" : duration(Duration.ofSeconds(Math.round(seconds)), english);
    }

    /** A work order's state in words (the timeline's work-order lines are built here, not in a template). */
    static String workOrderStatus(WorkOrderStatus status, boolean english) {
        return switch (status) {
            case DISPATCHED -> english ? "Dispatched" : "已派单";
            case ACCEPTED -> english ? "Accepted by the steward" : "管家已接单";
            case ON_SITE -> english ? "Steward on site" : "管家已到场";
            case COMPLETED -> english ? "Completed" : "已完成";
            case CANCELLED -> english ? "Cancelled" : "已取消";
        };
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format("%.1f %%", share * 100);
    }
}

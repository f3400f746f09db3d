package dev.loopline.sla;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.common.Json;
import dev.loopline.common.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A business calendar as the API and the database carry it; `calendar` checks it and makes it usable. */
public record CalendarDefinition(
        @NotBlank @Size(max = 64) String zone,
        @NotNull Map<DayOfWeek, List<String>> workingHours,
        @Size(max = 1000) List<LocalDate> holidays,
        @Size(max = 1000) Map<LocalDate, List<String>> makeUpWorkdays) {

    public BusinessCalendar calendar(String name) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("zone", "is not a time zone id such as Asia/Shanghai");
        }
        Map<DayOfWeek, List<BusinessCalendar.Hours>> week = new EnumMap<>(DayOfWeek.class);
        workingHours.forEach((day, hours) -> week.put(day, hours(hours, "workingHours." + day)));
        Map<LocalDate, List<BusinessCalendar.Hours>> makeUp = new TreeMap<>();
        if (makeUpWorkdays != null) {
            makeUpWorkdays.forEach((day, hours) -> makeUp.put(day, hours(hours, "makeUpWorkdays." + day)));
        }
        Set<LocalDate> off = holidays == null ? Set.of() : new HashSet<>(holidays);
        if (week.values().stream().allMatch(List::isEmpty)) {
            throw ProblemException.invalid("workingHours", "a calendar needs working hours on at least one weekday");
        }
        return new BusinessCalendar(name, zoneId, week, off, makeUp);
    }

    /** The JSON stored in sla_calendar.definition (the zone has its own column). */
    public String storedDefinition() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("workingHours", workingHours);
        stored.put("holidays", holidays == null ? List.of() : holidays.stream().sorted().toList());
        stored.put("makeUpWorkdays", makeUpWorkdays == null ? Map.of() : new TreeMap<>(makeUpWorkdays));
        return Json.canonical(stored);
    }

    public static CalendarDefinition of(SlaCalendar stored) {
        JsonNode definition = Json.tree(stored.definition);
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        definition.path("workingHours").properties().forEach(e -> week.put(DayOfWeek.valueOf(e.getKey()),
                texts(e.getValue())));
        List<LocalDate> holidays = new ArrayList<>();
        definition.path("holidays").forEach(d -> holidays.add(LocalDate.parse(d.asText())));
        Map<LocalDate, List<String>> makeUp = new TreeMap<>();
        definition.path("makeUpWorkdays").properties().forEach(e -> makeUp.put(LocalDate.parse(e.getKey()),
                texts(e.getValue())));
        return new CalendarDefinition(stored.zone, week, holidays, makeUp);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<BusinessCalendar.Hours> hours(List<String> texts, String field) {
        try {
            List<BusinessCalendar.Hours> hours = new ArrayList<>();
            for (String text : texts) {
                hours.add(BusinessCalendar.Hours.parse(text));
            }
            return hours;
        } catch (RuntimeException e) {
            throw ProblemException.invalid(field, "working hours look like 08:30-12:00, closing after opening");
        }
    }
}

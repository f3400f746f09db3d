package dev.loopline.monthly;

import dev.loopline.common.Languages;
import dev.loopline.common.LooplineConfig;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The monthly root-cause report (每月汇总) for supervisors and managers, as JSON or CSV. */
@Path("/api/v1/reports/monthly")
@Tag(name = "Reports", description = "The monthly root-cause report")
public class MonthlyReportResource {

    public static final String CSV = "text/csv";

    @Inject
    MonthlyReports reports;

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getMonthlyReport", summary = "The tickets accepted in a month (cut in the service"
            + " centre's zone): totals, the TOP-3 categories with root causes, departments, repeats, breaches, close"
            + " time and satisfaction, the trend against the month before, each utility, the month's hotspots and"
            + " the promises kept; Accept: text/csv for a spreadsheet (UTF-8 with BOM), Accept-Language: en for"
            + " English labels")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response get(@Parameter(description = "The month as YYYY-MM, not in the future", required = true,
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) @QueryParam("month") String month,
            HttpHeaders headers) {
        ReportMonth reportMonth = ReportMonth.parse(month, Instant.now(clock), config.zone());
        MonthlyReport report = reports.report(reportMonth,
                Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        Response.ResponseBuilder response = wantsCsv(headers)
                ? Response.ok(MonthlyCsv.render(report), MediaType.valueOf(CSV).withCharset("utf-8"))
                        .header("Content-Disposition", "attachment; filename=\"loopline-" + report.month() + ".csv\"")
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.VARY, "Accept, Accept-Language").build();
    }

    /** CSV when the first type the client accepts that we offer is CSV (text/csv, text/*); JSON otherwise. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }
}

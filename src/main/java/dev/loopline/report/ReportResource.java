package dev.loopline.report;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Languages;
import dev.loopline.common.Params;
import dev.loopline.common.Problem;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The written handling report (书面处理报告) of a closed ticket, as JSON, HTML or PDF, in Chinese or English. */
@Path("/api/v1/tickets/{id}/report")
@Tag(name = "Closed loop", description = "The five steps: accept, investigate, negotiate, compensate, follow up")
public class ReportResource {

    public static final String PDF = "application/pdf";
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(PDF));

    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();

    @Inject
    ReportService reports;

    @Inject
    LooplineConfig config;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF})
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getHandlingReport",
            summary = "The written handling report of a closed ticket; Accept picks JSON, HTML or PDF, "
                    + "Accept-Language en gives English (the customer's language otherwise)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandlingReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "The ticket is not closed yet (rule REPORT_NEEDS_CLOSED_TICKET)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response report(@PathParam("id") String id, HttpHeaders headers) {
        HandlingReport report = reports.build(Params.uuid("id", id),
                Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        MediaType type = chosen(headers);
        Object body = switch (type.getSubtype()) {
            case "html" -> html.render(report, config.zone());
            case "pdf" -> pdf.render(report, config.zone());
            default -> report;
        };
        Response.ResponseBuilder response = Response.ok(body, type.getSubtype().equals("html")
                ? MediaType.TEXT_HTML_TYPE.withCharset("utf-8") : type)
                .header(HttpHeaders.CONTENT_LANGUAGE, ReportLabels.forLanguage(report.language()).languageTag())
                .header(HttpHeaders.VARY, "Accept, Accept-Language");
        if (type.getSubtype().equals("pdf")) {
            response.header("Content-Disposition", "inline; filename=\"" + report.number() + ".pdf\"");
        }
        return response.build();
    }

    /** The first of the client's acceptable types that we offer; JSON when the client takes anything. */
    private static MediaType chosen(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            for (MediaType offered : OFFERED) {
                if (acceptable.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}

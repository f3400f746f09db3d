package dev.loopline.console;

import static dev.loopline.console.ConsoleForms.approvalDecision;
import static dev.loopline.console.ConsoleForms.blankToNull;
import static dev.loopline.console.ConsoleForms.choice;
import static dev.loopline.console.ConsoleForms.localTime;
import static dev.loopline.console.ConsoleForms.valid;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Preconditions;
import dev.loopline.common.ProblemException;
import dev.loopline.escalation.Escalations;
import dev.loopline.hotspot.Hotspots;
import dev.loopline.monthly.MonthlyCsv;
import dev.loopline.monthly.MonthlyReport;
import dev.loopline.report.HtmlReportRenderer;
import dev.loopline.report.PdfReportRenderer;
import dev.loopline.report.ReportService;
import dev.loopline.security.Actor;
import dev.loopline.ticket.StepFacts;
import dev.loopline.workflow.HotspotIncidentService;
import dev.loopline.workflow.HotspotRequests;
import dev.loopline.workflow.StepRequests;
import dev.loopline.workflow.StepService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The supervisors' console (DESIGN §7): the board as a wall page that refreshes its content, a ticket's page, and
 * the one action the board offers, acknowledging an escalation. Signed in through the IdP (OIDC code flow).
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    static final String LANGUAGE_COOKIE = ConsoleLanguage.COOKIE;
    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";
    static final String REPORT_STYLESHEET = "/console/report.css";

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance board(Chrome chrome, BoardPage board, String csrf);

        static native TemplateInstance boardContent(Chrome chrome, BoardPage board, String csrf);

        static native TemplateInstance ticket(Chrome chrome, TicketPage page, String csrf);

        static native TemplateInstance hotspots(Chrome chrome, java.util.List<HotspotPage.Row> hotspots);

        static native TemplateInstance hotspot(Chrome chrome, HotspotPage page, String csrf);

        static native TemplateInstance monthly(Chrome chrome, MonthlyPage page);

        static native TemplateInstance message(Chrome chrome, String kind, String detail);
    }

    @Inject
    ConsolePages pages;

    @Inject
    ConsoleReaders readers;

    @Inject
    Escalations escalations;

    @Inject
    ReportService reports;

    @Inject
    Hotspots hotspots;

    @Inject
    HotspotIncidentService incidents;

    @Inject
    StepService loop;

    @Inject
    Validator validator;

    @Inject
    LooplineConfig config;

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure")
    boolean secureCookies;

    @GET
    public Response board(@QueryParam("lang") String lang, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(lang, cookie, "/console/");
        Actor reader = readers.reader(chrome);
        return page(Templates.board(chrome, pages.board(reader, chrome.english()), readers.csrfToken()), chrome, lang);
    }

    /** The board's content alone, which the page's script swaps in every 10 s. */
    @GET
    @Path("/board")
    public Response boardContent(@CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/");
        Actor reader = readers.reader(chrome);
        return page(Templates.boardContent(chrome, pages.board(reader, chrome.english()), readers.csrfToken()), chrome, null);
    }

    @POST
    @Path("/escalations/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") String id, @FormParam("csrf") String token,
            @FormParam("note") String note, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/");
        Actor reader = readers.reader(chrome);
        return act(chrome, token, () -> escalations.acknowledge(uuid(id), reader, blankToNull(note)));
    }

    @GET
    @Path("/tickets/{id}")
    public Response ticket(@PathParam("id") String id, @QueryParam("lang") String lang,
            @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(lang, cookie, "/console/tickets/" + id);
        Actor reader = readers.reader(chrome);
        return page(Templates.ticket(chrome, pages.ticket(uuid(id), reader, chrome.english()), readers.csrfToken()), chrome,
                lang);
    }

    /** Approving or rejecting a compensation beyond the requester's limit, as POST …/compensation/approval. */
    @POST
    @Path("/tickets/{id}/compensation/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideApproval(@PathParam("id") String id, @FormParam("csrf") String token,
            @FormParam("version") String version, @FormParam("decision") String decision,
            @FormParam("note") String note, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/tickets/" + id);
        Actor reader = readers.reader(chrome);
        return act(chrome, token, () -> loop.decideApproval(uuid(id), Preconditions.requiredVersion(version), reader,
                valid(validator, new StepRequests.Approval(approvalDecision(decision), blankToNull(note)))));
    }

    /** Hotspots (supervisors and managers, as the API admits): newest first, each with its tickets. */
    @GET
    @Path("/hotspots")
    public Response hotspots(@QueryParam("lang") String lang, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(lang, cookie, "/console/hotspots");
        readers.steering(chrome);
        return page(Templates.hotspots(chrome, pages.hotspots(chrome.english())), chrome, lang);
    }

    @GET
    @Path("/hotspots/{id}")
    public Response hotspot(@PathParam("id") String id, @QueryParam("lang") String lang,
            @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(lang, cookie, "/console/hotspots/" + id);
        readers.steering(chrome);
        return page(Templates.hotspot(chrome, pages.hotspot(uuid(id), chrome.english()), readers.csrfToken()), chrome, lang);
    }

    /** Taking the incident on, as POST /api/v1/hotspots/{id}/acknowledgement. */
    @POST
    @Path("/hotspots/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeHotspot(@PathParam("id") String id, @FormParam("csrf") String token,
            @FormParam("note") String note, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        return steer(id, token, cookie, (hotspot, actor) -> hotspots.acknowledge(hotspot, actor, blankToNull(note)));
    }

    /** The shared contact to every customer of the hotspot's open tickets, as POST /api/v1/hotspots/{id}/contacts. */
    @POST
    @Path("/hotspots/{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response noticeHotspot(@PathParam("id") String id, @FormParam("csrf") String token,
            @FormParam("channel") String channel, @FormParam("summary") String summary, @FormParam("text") String text,
            @FormParam("expectedRestoreAt") String restore, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        return steer(id, token, cookie, (hotspot, actor) -> incidents.notice(hotspot, actor, valid(validator,
                new HotspotRequests.Notice(choice(StepFacts.ContactChannel.class, "channel", channel),
                        blankToNull(summary), true, blankToNull(text),
                        localTime("expectedRestoreAt", restore, config.zone())))));
    }

    /** The shared findings of the incident, as POST /api/v1/hotspots/{id}/resolution. */
    @POST
    @Path("/hotspots/{id}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolveHotspot(@PathParam("id") String id, @FormParam("csrf") String token,
            @FormParam("findings") String findings, @FormParam("rootCause") String rootCause,
            @FormParam("department") String department, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        return steer(id, token, cookie, (hotspot, actor) -> incidents.resolve(hotspot, actor, valid(validator,
                new StepRequests.Findings(blankToNull(findings), choice(StepFacts.RootCause.class, "rootCause",
                        rootCause), department == null || department.isBlank() ? null : List.of(
                                new StepRequests.Department(department.strip(), StepFacts.DepartmentRole.PRIMARY))))));
    }

    /** The monthly root-cause report with its charts (supervisors and managers); the current month by default. */
    @GET
    @Path("/reports/monthly")
    public Response monthly(@QueryParam("month") String month, @QueryParam("lang") String lang,
            @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(lang, cookie, "/console/reports/monthly");
        readers.steering(chrome);
        return page(Templates.monthly(chrome, pages.monthly(month, chrome.english())), chrome, lang);
    }

    /** The same report as the API's CSV, for a spreadsheet. */
    @GET
    @Path("/reports/monthly.csv")
    @Produces(CSV)
    public Response monthlyCsv(@QueryParam("month") String month, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/reports/monthly");
        readers.steering(chrome);
        MonthlyReport report = pages.monthlyReport(month, chrome.english());
        return Response.ok(MonthlyCsv.render(report), MediaType.valueOf(CSV).withCharset("utf-8"))
                .header("Content-Disposition", "attachment; filename=\"loopline-" + report.month() + ".csv\"").build();
    }

    /** The written report as PDF (closed tickets); the API's copy needs a bearer token, this one the session. */
    @GET
    @Path("/tickets/{id}/report.pdf")
    @Produces(PDF)
    public Response reportPdf(@PathParam("id") String id, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/");
        readers.reader(chrome);
        byte[] pdf = new PdfReportRenderer().render(reports.build(uuid(id), chrome.language()), config.zone());
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"report.pdf\"").build();
    }

    /** The written report as an HTML page (closed tickets), its style from {@link #reportStyle()} as the CSP wants. */
    @GET
    @Path("/tickets/{id}/report.html")
    public Response reportHtml(@PathParam("id") String id, @CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = readers.chrome(null, cookie, "/console/");
        readers.reader(chrome);
        String html = new HtmlReportRenderer().render(reports.build(uuid(id), chrome.language()), config.zone(),
                REPORT_STYLESHEET);
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).build();
    }

    @GET
    @Path("/report.css")
    @Produces("text/css")
    public Response reportStyle() {
        return Response.ok(HtmlReportRenderer.STYLE, MediaType.valueOf("text/css").withCharset("utf-8")).build();
    }

    @GET
    @Path("/signed-out")
    public Response signedOut(@CookieParam(LANGUAGE_COOKIE) String cookie) {
        Chrome chrome = new Chrome(null, null, ConsoleLanguage.of(null, cookie), "/console/signed-out");
        return page(Templates.message(chrome, "signed_out", null), chrome, null);
    }

    /** A refusal by a rule of the service (not allowed, not found, not in this state) as a page with its status. */
    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        Chrome chrome = new Chrome(null, null, "zh", "/console/");
        // a status the enum lacks (422) is answered as it is
        return page(Templates.message(chrome, "refused", e.getMessage()), chrome, null, e.type.status);
    }

    @ServerExceptionMapper
    public Response outside(ConsoleRefusal e) {
        return page(Templates.message(e.chrome, e.title, e.text), e.chrome, null, e.status);
    }

    /** A hotspot action from its page: the steering roles only, the session's CSRF token, then back to the page. */
    private Response steer(String id, String token, String cookie, HotspotAction action) {
        Chrome chrome = readers.chrome(null, cookie, "/console/hotspots/" + id);
        Actor reader = readers.steering(chrome);
        return act(chrome, token, () -> action.apply(uuid(id), reader));
    }

    /** A form's action: the session's CSRF token first, then the action, then back to the page the form was on. */
    private Response act(Chrome chrome, String token, Runnable action) {
        if (!readers.formTokenMatches(token)) {
            return page(Templates.message(chrome, "csrf", null), chrome, null, Response.Status.FORBIDDEN);
        }
        action.run();
        return Response.seeOther(URI.create(chrome.path())).build();
    }

    @FunctionalInterface
    private interface HotspotAction {
        void apply(UUID hotspot, Actor actor);
    }

    private Response page(TemplateInstance template, Chrome chrome, String lang) {
        return page(template, chrome, lang, Response.Status.OK);
    }

    private Response page(TemplateInstance template, Chrome chrome, String lang, Response.Status status) {
        return page(template, chrome, lang, status.getStatusCode());
    }

    private Response page(TemplateInstance template, Chrome chrome, String lang, int status) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Language", chrome.language())
                .entity(template.setLocale(chrome.language()).render());
        if (lang != null) {
            // the reader's choice is remembered for the next page and for the board's refreshes
            response.cookie(new NewCookie.Builder(LANGUAGE_COOKIE).value(chrome.language()).path("/console")
                    .maxAge(365 * 24 * 3600).httpOnly(true).secure(secureCookies)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Page", id);
        }
    }
}

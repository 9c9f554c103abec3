package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.api.reload.RuleReloader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The console's pages. They are Jersey resources on the application port, so the API-key filter,
 * the body limit and the bind rules of {@code /v1} apply to them unchanged.
 */
@Path("/")
public final class ConsoleResource {
    static final String HTML = "text/html; charset=UTF-8";
    /** No script at all, styles from this server only, forms post only here, never framed. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final RuleReloader reloader;

    public ConsoleResource(RuleReloader reloader) {
        this.reloader = reloader;
    }

    @GET
    @Produces(HTML)
    public Response catalogue() {
        return page(CataloguePages.catalogue(reloader.live().engine()));
    }

    @GET
    @Path("rules/{ruleId}")
    @Produces(HTML)
    public Response rule(@PathParam("ruleId") String ruleId) {
        String page = CataloguePages.rule(reloader.live().engine(), ruleId);
        if (page == null) {
            throw new NotFoundException("no rule has that id");
        }
        return page(page);
    }

    @GET
    @Path("try")
    @Produces(HTML)
    public Response tryForm() {
        return page(TryPage.form());
    }

    @POST
    @Path("try")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response trySubmit(MultivaluedMap<String, String> form) {
        return page(TryPage.submit(reloader.live().engine(), form));
    }

    @GET
    @Path("status")
    @Produces(HTML)
    public Response status() {
        return page(StatusPage.render(reloader.status()));
    }

    @GET
    @Path("rules.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv() {
        return Response.ok(CatalogueCsv.render(reloader.live().engine()))
                .header("Content-Disposition", "attachment; filename=\"rules-catalogue.csv\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("console.css")
    @Produces("text/css; charset=UTF-8")
    public Response css() {
        return Response.ok(Layout.CSS).header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response page(String html) {
        return Response.ok(html).header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store").build();
    }
}

package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.reload.RuleReloader;
import cn.rongjiang.disclosure.api.reload.RulesStatus;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleInfo;
import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** {@code GET /v1/rules}: the serving catalogue with its version; {@code GET /v1/rules/status}: active version and last reload. */
@Path("/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public final class RulesResource {
    private final RuleReloader reloader;

    public RulesResource(RuleReloader reloader) {
        this.reloader = reloader;
    }

    @GET
    @Timed(name = "rules")
    public Catalogue catalogue() {
        DisclosureEngine engine = reloader.live().engine();
        return new Catalogue(engine.ruleSet().version(), engine.ruleSet().loadedAt(), engine.rules());
    }

    @GET
    @Path("status")
    @Timed(name = "rules-status")
    public RulesStatus status() {
        return reloader.status();
    }

    /** The loaded catalogue: one entry per rule, in file order. */
    public record Catalogue(String version, Instant loadedAt, List<RuleInfo> rules) {
    }
}

package io.gongjian.partnership.api;

import io.gongjian.commons.api.WhoAmIEndpoint;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partnerships/whoami")
@Tag(name = "Caller", description = "What each service understood of your token: roles, region, organisation")
public class WhoAmIResource extends WhoAmIEndpoint {}

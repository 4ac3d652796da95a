package io.gongjian.partnership.api;

import io.gongjian.commons.api.WhoAmIEndpoint;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partnerships/whoami")
@Tag(name = "Caller")
public class WhoAmIResource extends WhoAmIEndpoint {}

package io.gongjian.activity.api;

import io.gongjian.inbox.DeadLettersEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/v1/activities/inbox/dead-letters")
public class DeadLettersResource extends DeadLettersEndpoint {}

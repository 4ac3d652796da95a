package io.gongjian.evaluation.api;

import io.gongjian.inbox.DeadLettersEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/v1/evaluation/inbox/dead-letters")
public class DeadLettersResource extends DeadLettersEndpoint {}

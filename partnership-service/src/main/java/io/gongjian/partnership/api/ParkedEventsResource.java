package io.gongjian.partnership.api;

import io.gongjian.outbox.ParkedEventsEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/v1/partnerships/outbox/parked")
public class ParkedEventsResource extends ParkedEventsEndpoint {}

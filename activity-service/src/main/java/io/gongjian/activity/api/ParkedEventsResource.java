package io.gongjian.activity.api;

import io.gongjian.outbox.ParkedEventsEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/v1/activities/outbox/parked")
public class ParkedEventsResource extends ParkedEventsEndpoint {}

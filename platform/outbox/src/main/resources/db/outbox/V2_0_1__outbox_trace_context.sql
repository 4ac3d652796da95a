-- The W3C traceparent of the request that wrote the event: the relay sends it on as the Kafka record header, so one
-- trace follows a change from the request to its consumers. Version 2.0.1: after the services' V2, before their next.
ALTER TABLE outbox ADD COLUMN traceparent VARCHAR;

-- The W3C trace context of the record each change came in with, so the live stream pushes it under the trace of the
-- command that made it (docs/adr/0015-one-trace-from-request-to-live-stream.md).
ALTER TABLE live_change ADD COLUMN traceparent VARCHAR(64);

-- Which flow a message belongs to, so the flow can say how its code or link is getting on
-- (`Flow.delivery`) without the request that sent it waiting for the courier.
-- Payloads are sealed from now on (XChaCha20-Poly1305 under a key derived from the
-- server key): `payload` holds `x1.` + base64url(nonce || ciphertext), never a code.
ALTER TABLE outbox ADD COLUMN flow_id TEXT;
CREATE INDEX outbox_flow ON outbox(flow_id);

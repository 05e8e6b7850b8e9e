-- The activity log stays append-only, with one exception: erasing a deleted
-- account's personal data (IP, user agent, device name) from its events.
CREATE OR REPLACE FUNCTION activity_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.kind = OLD.kind AND NEW.outcome = OLD.outcome
       AND NEW.account_id IS NOT DISTINCT FROM OLD.account_id
       AND NEW.method IS NOT DISTINCT FROM OLD.method
       AND NEW.reason IS NOT DISTINCT FROM OLD.reason
       AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
       AND NEW.device_id IS NOT DISTINCT FROM OLD.device_id
       AND NEW.ip IS NULL AND NEW.user_agent IS NULL AND NEW.device_name IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'activity is append-only';
END;
$$;

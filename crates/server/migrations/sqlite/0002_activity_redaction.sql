-- The activity log stays append-only, with one exception: erasing a deleted
-- account's personal data (IP, user agent, device name) from its events.
DROP TRIGGER activity_no_update;
CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
WHEN NOT (
    NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.kind = OLD.kind AND NEW.outcome = OLD.outcome
    AND NEW.account_id IS OLD.account_id AND NEW.method IS OLD.method AND NEW.reason IS OLD.reason
    AND NEW.request_id IS OLD.request_id AND NEW.device_id IS OLD.device_id
    AND NEW.ip IS NULL AND NEW.user_agent IS NULL AND NEW.device_name IS NULL
)
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;

-- Where a person is reached by e-mail (reminders), when they give an address.
ALTER TABLE user_account ADD COLUMN email text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$');

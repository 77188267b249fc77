-- Push and realtime web delivery: the outbound queue also carries Pusher triggers ('pusher') next to
-- email, WhatsApp and OneSignal push ('push'), so a provider outage never blocks a transaction.
ALTER TABLE outbound_messages DROP CONSTRAINT outbound_messages_channel_check;
ALTER TABLE outbound_messages ADD CONSTRAINT outbound_messages_channel_check
    CHECK (channel IN ('email', 'whatsapp', 'push', 'pusher'));

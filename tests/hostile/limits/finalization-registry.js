// hostile: a FinalizationRegistry whose cleanup registers again, with garbage made on every turn
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
const registry = new FinalizationRegistry(() => registry.register({}, 0));
(function churn() { for (let i = 0; i < 100; i++) registry.register({}, i); setImmediate(churn); })();

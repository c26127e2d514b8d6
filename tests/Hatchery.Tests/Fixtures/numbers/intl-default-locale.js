// With no locale of the user's (the test machines' LANG is C.UTF-8), Node's default is en-US.
console.log(new Intl.DateTimeFormat().resolvedOptions().locale);
console.log(new Intl.NumberFormat().resolvedOptions().locale);
console.log(new Intl.Collator().resolvedOptions().locale);
console.log((1234567.891).toLocaleString());
console.log(new Date(Date.UTC(2024, 0, 15, 13, 5)).toLocaleDateString(undefined, { timeZone: 'UTC' }));

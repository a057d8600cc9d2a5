// A page with both tags: `<auth-flow>` and, on the same page, `<auth-account>` (the size test and
// the bench measure what the account page adds to a sign-in page).
import '../src/define.js';
import '../src/account.js';

/**
 * The HTML the local managed login shows: its sign-in page, the stand-in providers' pages and its
 * error page. Plain, accessible markup (one `main`, a heading, labelled fields, real buttons and
 * links, errors announced with role="alert") that a browser test can drive by role and name and a
 * Node test can read with a regular expression. No scripts.
 */
import type { IdentityProvider } from './identity-providers.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #16191f; }
main { max-width: 26rem; margin: 3rem auto; padding: 1.5rem 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
h1 { font-size: 1.4rem; margin-top: 0; }
ul { list-style: none; padding: 0; }
li { margin: 0.5rem 0; }
a.button, button { display: block; width: 100%; box-sizing: border-box; padding: 0.6rem 1rem; border: 1px solid #5f6b7a; border-radius: 6px; background: #fff; color: inherit; font: inherit; text-align: left; text-decoration: none; cursor: pointer; }
a.button:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #0972d3; outline-offset: 2px; }
button.primary { background: #0972d3; border-color: #0972d3; color: #fff; text-align: center; }
label { display: block; margin-top: 0.75rem; font-weight: 600; }
input { display: block; width: 100%; box-sizing: border-box; padding: 0.5rem; margin-top: 0.25rem; border: 1px solid #5f6b7a; border-radius: 4px; font: inherit; }
.detail { display: block; font-size: 0.875rem; color: #414d5c; }
.note { font-size: 0.875rem; color: #414d5c; }
[role="alert"] { padding: 0.5rem 0.75rem; border-left: 4px solid #d91515; background: #fff7f7; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function hiddenFields(fields: Iterable<[string, string]>): string {
  return [...fields].map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('\n');
}

export interface LoginPageModel {
  /** Provider buttons: label and the authorize URL that goes straight to the provider. */
  providers: { name: string; label: string; href: string }[];
  /** The native sign-in form, when the client supports COGNITO: the authorize parameters it carries. */
  passwordForm?: { fields: [string, string][]; username?: string };
  /** An `idp_identifier` field (enterprise sign-in by email domain), when some provider has identifiers. */
  identifierForm?: { fields: [string, string][] };
  error?: string;
}

/** `/login`: the local managed login's own page. */
export function loginPage(model: LoginPageModel): string {
  const parts = ['<h1>Sign in</h1>', '<p class="note">Local managed login (a stand-in for Amazon Cognito\u2019s).</p>'];
  if (model.error) parts.push(`<p role="alert">${escapeHtml(model.error)}</p>`);
  if (model.providers.length) {
    parts.push(
      '<h2>Continue with</h2>',
      `<ul>\n${model.providers.map((p) => `<li><a class="button" data-provider="${escapeHtml(p.name)}" href="${escapeHtml(p.href)}">Continue with ${escapeHtml(p.label)}</a></li>`).join('\n')}\n</ul>`,
    );
  }
  if (model.identifierForm) {
    parts.push(`<form method="get" action="/oauth2/authorize" aria-labelledby="enterprise-heading">
<h2 id="enterprise-heading">Sign in with your corporate ID</h2>
${hiddenFields(model.identifierForm.fields)}
<label for="idp_identifier">Work email domain</label>
<input id="idp_identifier" name="idp_identifier" autocomplete="off" placeholder="example.com" required>
<p><button type="submit">Continue</button></p>
</form>`);
  }
  if (model.passwordForm) {
    parts.push(`<form method="post" action="/login" aria-labelledby="password-heading">
<h2 id="password-heading">Sign in with your username and password</h2>
${hiddenFields(model.passwordForm.fields)}
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" value="${escapeHtml(model.passwordForm.username ?? '')}" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button class="primary" type="submit">Sign in</button></p>
</form>`);
  }
  if (!model.providers.length && !model.passwordForm) parts.push('<p role="alert">This app client offers no way to sign in here.</p>');
  return page('Sign in', parts.join('\n'));
}

/** `/_idp/NAME/authorize`: a stand-in provider listing its test identities. */
export function providerPage(provider: IdentityProvider, fields: [string, string][]): string {
  const kind = provider.type === 'SAML' ? 'SAML identity provider' : provider.type === 'OIDC' ? 'OpenID Connect provider' : 'social identity provider';
  const identities = provider.identities
    .map(
      (identity) =>
        `<li><button type="submit" name="identity" value="${escapeHtml(identity.userId)}">${escapeHtml(identity.label)} (${escapeHtml(provider.label)})` +
        (identity.email ? `<span class="detail">${escapeHtml(identity.email)}</span>` : '') +
        '</button></li>',
    )
    .join('\n');
  return page(
    `${provider.label} (local stand-in)`,
    `<h1>Sign in with ${escapeHtml(provider.label)}</h1>
<p class="note">A local stand-in for a ${kind}: choose a test identity. Nothing leaves this machine.</p>
<form method="post" aria-label="Test identities of ${escapeHtml(provider.label)}">
${hiddenFields(fields)}
<ul>
${identities}
</ul>
<p><button type="submit" name="cancel" value="1">Cancel</button></p>
</form>`,
  );
}

/** The managed login's error page (no app to send the error to). */
export function errorPage(error: string, description: string): string {
  return page(
    'Error',
    `<h1>An error was encountered with the requested page.</h1>
<p role="alert"><code data-error="${escapeHtml(error)}">${escapeHtml(error)}</code>: ${escapeHtml(description)}</p>`,
  );
}

/** The native sign-in reached a step this local page does not offer. */
export function unsupportedStepPage(step: string): string {
  return page(
    'Sign-in step not offered here',
    `<h1>Sign-in step not offered here</h1>
<p role="alert">This user\u2019s sign-in continues with ${escapeHtml(step)}, which the local managed login does not offer. Sign in through the app\u2019s own form instead.</p>`,
  );
}

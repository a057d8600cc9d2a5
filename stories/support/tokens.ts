/**
 * The design tokens, read from the kit's own stylesheet (`frameStyles`), so the theming story lists
 * every token the CSS defines (declared on `:host`, or only given a default where it is used),
 * documented in the manifest or not, with its light and dark values.
 */
import { html, LitElement, nothing } from 'lit';
import { frameStyles } from '../../src/elements/shared/styles.js';
import { declarationOf } from './frame.js';

export type Tier = 'base' | 'component';

export interface Token {
  name: string;
  tier: Tier;
  light: string;
  dark: string | null;
  description: string | null;
}

function declarations(block: string): [string, string][] {
  return [...block.matchAll(/(--auth-flow-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]);
}

/** Tokens with no declaration, only a default where they are used (`var(--auth-flow-card-radius, 12px)`). */
function fallbacks(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(/var\((--auth-flow-[\w-]+),\s*/g)) {
    // The fallback runs to the parenthesis that closes this var( (it may hold calc(), var()…).
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
    found.push([match[1], text.slice(match.index + match[0].length, end - 1).trim()]);
  }
  return found;
}

function parseTokens(): Token[] {
  const text = frameStyles.cssText;
  const host = text.slice(text.indexOf(':host {'), text.indexOf('}', text.indexOf(':host {')));
  const split = host.indexOf('Component tokens');
  const darkStart = text.indexOf(":host([color-scheme='dark'])");
  const dark = new Map(darkStart >= 0 ? declarations(text.slice(darkStart, text.indexOf('}', darkStart))) : []);
  const documented = new Map((declarationOf('auth-flow')?.cssProperties ?? []).map((p) => [p.name, p.description ?? null]));
  const declared = declarations(host);
  const undeclared = fallbacks(text).filter(([name], index, all) => !declared.some(([d]) => d === name) && all.findIndex(([n]) => n === name) === index);
  return [...declared, ...undeclared].map(([name, light]) => ({
    name,
    tier: undeclared.some(([n]) => n === name) || (split >= 0 && host.indexOf(name) > split) ? 'component' : 'base',
    light,
    dark: dark.get(name) ?? null,
    description: documented.get(name) ?? null,
  }));
}

export const TOKENS: readonly Token[] = parseTokens();

export function isColorToken(token: Token): boolean {
  return /^#[0-9a-f]{3,8}$/i.test(token.light) || /color|background/.test(token.name);
}

/**
 * Story only: a table of the tokens with their live, computed values. Put it inside an
 * `<auth-flow>` (it inherits the tokens from the frame, as the steps do).
 */
export class StoryTokenTable extends LitElement {
  static override properties = { overrides: { attribute: false }, source: { attribute: false } };
  overrides: Readonly<Record<string, string>> = {};
  /** The element to read the live values from (a sample's `<auth-flow>`); defaults to the table. */
  source: Element | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<table class="story-tokens">
      <caption>
        Design tokens: set them on
        <code>auth-flow</code>
        (or any ancestor) as CSS custom properties.
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Tier</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Now</th>
          <th scope="col">What it styles</th>
        </tr>
      </thead>
      <tbody>
        ${TOKENS.map((token) => {
          const overridden = this.overrides[token.name];
          return html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td>${token.tier}</td>
            <td><code>${token.light}</code></td>
            <td>${token.dark ? html`<code>${token.dark}</code>` : 'same'}</td>
            <td>
              ${isColorToken(token) && !token.name.includes('border') && !token.name.includes('ring')
                ? html`<span class="story-swatch" data-token=${token.name} aria-hidden="true"></span>`
                : nothing}
              <code data-now=${token.name}></code>${overridden ? html` <strong>(set)</strong>` : nothing}
            </td>
            <td>${token.description ?? html`<em>not in the manifest</em>`}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  protected override updated(): void {
    // Swatches paint with the token itself, so they follow overrides and the colour scheme.
    for (const swatch of this.querySelectorAll<HTMLElement>('.story-swatch')) {
      swatch.style.background = `var(${swatch.dataset.token})`;
    }
    this.#readValues();
    // The frame's shadow styles may land after this first update: read again on the next frame.
    requestAnimationFrame(() => this.#readValues());
  }

  #readValues(): void {
    const computed = getComputedStyle(this.source ?? this);
    for (const cell of this.querySelectorAll<HTMLElement>('[data-now]')) {
      cell.textContent = computed.getPropertyValue(cell.dataset.now!).trim();
    }
  }
}

if (!customElements.get('story-token-table')) customElements.define('story-token-table', StoryTokenTable);

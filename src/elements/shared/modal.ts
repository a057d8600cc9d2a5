/**
 * `<auth-flow variant="modal">`: the flow in a native `<dialog>`, opened with `show()`. The browser
 * gives the modal behaviour (the page behind is inert, Escape closes, focus stays inside); this adds
 * focus on the step's first field as it opens, focus back where it was (or on the button that
 * opened it, `commandfor`) when it closes, and closing once the person is signed in.
 */
import { css, html, type ReactiveElement, type TemplateResult } from 'lit';
import { adoptStepStyles } from './styles.js';

/** The dialog's look, in the frame's shadow root; it comes with the flow's parts, not in the first load. */
const modalStyles = css`
  dialog {
    padding: 0;
    border: 0;
    color: inherit;
    background: none;
    width: 100%;
    max-width: min(var(--auth-flow-max-width), calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;

export class ModalPresenter {
  /** What had focus when the dialog opened, to give it back. */
  #opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** Where focus goes as it opens: the step's first field, else its heading. */
    private readonly initialFocus: () => HTMLElement | null,
  ) {}

  get #dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  get open(): boolean {
    return !!this.#dialog?.open;
  }

  /** Opens the dialog; focus goes back to `opener` (by default what has focus now) when it closes. */
  async show(opener?: HTMLElement | null): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    const active = opener ?? document.activeElement;
    this.#opener = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
    this.initialFocus()?.focus();
  }

  close(): void {
    this.#dialog?.close();
  }

  #closed = (): void => {
    const opener = this.#opener;
    this.#opener = null;
    // Unless focus went into the host meanwhile: the app `gate` shows once signed in.
    if (opener?.isConnected && !this.host.contains(document.activeElement)) opener.focus();
  };

  /** The frame inside the dialog (labelled by the step's heading). */
  render(frame: TemplateResult, label: string): TemplateResult {
    adoptStepStyles(this.host.renderRoot, modalStyles); // once per shadow root
    return html`<dialog part="dialog" aria-label=${label} @close=${this.#closed}>${frame}</dialog>`;
  }
}

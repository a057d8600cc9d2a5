/** Small helpers for driving light-DOM forms as a person would. */

export function input(root: ParentNode, name: string): HTMLInputElement {
  const found = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`no input named ${name}`);
  return found;
}

/** Types into each named field and fires `input`, as typing does. */
export function fill(root: ParentNode, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(root, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Presses the form's main button (Enter in a field does the same). */
export function submit(root: ParentNode): void {
  const button = root.querySelector<HTMLButtonElement>('form button[type=submit][value=submit], form button[type=submit]');
  if (!button) throw new Error('no submit button');
  button.click();
}

/** The country picker before phone field `name`, once the phone library has arrived (it loads with the step). */
export function countryPicker(root: ParentNode, name = 'username'): Promise<HTMLSelectElement> {
  return waitFor(() => root.querySelector<HTMLSelectElement>(`.auth-field[data-field="${name}"] select.auth-country`));
}

/** Polls until `check` returns something truthy (rendering and requests are asynchronous). */
export async function waitFor<T>(check: () => T, timeout = 5000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > timeout) throw new Error(`waitFor timed out: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

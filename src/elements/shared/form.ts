/**
 * Reading a submitted form, once: the step element that checks it first leaves what it read for
 * `<auth-flow>`, which reads the form itself only for an app's own markup.
 */
const read = new WeakMap<Event, Record<string, string>>();

/** The form's string fields by name (files are not fields here). */
export function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;
  return values;
}

/** What the submit event's form holds: read already by the step element, or read now. */
export function valuesOf(event: SubmitEvent, form: HTMLFormElement): Record<string, string> {
  return read.get(event) ?? readForm(form);
}

export function rememberValues(event: SubmitEvent, values: Record<string, string>): void {
  read.set(event, values);
}

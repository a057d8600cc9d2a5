/**
 * Strict parser for the PASSWORD_VERIFIER `TIMESTAMP` ("EEE MMM d HH:mm:ss UTC yyyy"). Written
 * independently of the client's formatter on purpose: a shared helper would hide a shared bug.
 * Cognito rejects a zero-padded day and a weekday that does not match the date.
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATTERN =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]) UTC ([0-9]{4})$/;

/** The instant `text` names, or undefined when it is not exactly Cognito's format. */
export function parseCognitoTimestamp(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, weekday, month, day, hours, minutes, seconds, year] = match;
  const date = new Date(
    Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hours), Number(minutes), Number(seconds)),
  );
  if (date.getUTCDate() !== Number(day)) return undefined; // e.g. Feb 30 rolled over
  if (DAYS[date.getUTCDay()] !== weekday) return undefined;
  return date;
}

/** The shapes Cognito accepts for an email address and for a phone number (E.164). */
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+$/;
export const PHONE_PATTERN = /^\+[1-9][0-9]{4,14}$/;

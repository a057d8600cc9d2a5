/**
 * Hebrew, in the sign-in catalogue's terms: "יש ל…", impersonal forms and nouns rather than
 * imperatives, which would assume a gender (src/i18n/locales/he.ts). No adjective agrees with a
 * contact label. The direction comes from the tag (translate.ts `directionOf`).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'החשבון שלך',
  'account.heading.changePassword': 'שינוי הסיסמה',
  'account.heading.editProfile': 'עריכת הפרופיל',
  'account.heading.verifyContact': 'הזנת קוד האימות',
  'account.heading.signInMethods': 'אימות דו-שלבי',
  'account.heading.setUpTotp': 'הגדרת אפליקציית אימות',
  'account.heading.passkeys': 'מפתחות גישה',
  'account.heading.devices': 'מכשירים שמורים',
  'account.heading.deleteAccount': 'מחיקת החשבון',

  'account.signedOut': 'יש להיכנס כדי לנהל את החשבון.',
  'account.loading': 'טוענים…',
  'account.retry': 'ניסיון נוסף',
  'account.back': 'חזרה לחשבון',
  'account.save': 'שמירה',
  'account.saving': 'שומרים…',
  'account.notSet': 'לא הוגדר',
  'account.verified': 'מאומת',
  'account.unverified': 'לא מאומת',
  'account.verify': (field) => `אימות ${field}`,
  'account.profile': 'פרופיל',
  'account.security': 'אבטחה',
  'account.open.editProfile': 'עריכת הפרופיל',
  'account.open.changePassword': 'שינוי הסיסמה',
  'account.open.signInMethods': 'אימות דו-שלבי',
  'account.open.passkeys': 'מפתחות גישה',
  'account.open.devices': 'מכשירים שמורים',
  'account.open.deleteAccount': 'מחיקת החשבון',
  'account.signOutEverywhere': 'יציאה מכל המכשירים',

  'account.field.currentPassword': 'הסיסמה הנוכחית',
  'account.changePassword.submit': 'שינוי הסיסמה',

  'account.verify.intro': (field) => `הפרטים החדשים (${field}) ייכנסו לשימוש אחרי האימות; עד אז, הפרטים הקודמים ממשיכים לעבוד.`,
  'account.verify.submit': 'אימות',
  'account.verify.later': 'אימות מאוחר יותר',

  'account.mfa.intro': 'אחרי הסיסמה נדרש קוד באחת מהשיטות האלה.',
  'account.mfa.on': 'פעיל',
  'account.mfa.off': 'כבוי',
  'account.mfa.preferred': 'פעיל, נדרש ראשון',
  'account.mfa.turnOn': (method) => `הפעלת ${method}`,
  'account.mfa.turnOff': (method) => `כיבוי ${method}`,
  'account.mfa.prefer': (method) => `לבקש קודם: ${method}`,
  'account.mfa.setUpTotp': 'הגדרת אפליקציית אימות',
  'account.mfa.needsVerified': (field) => `נדרש אימות של ${field} בפרופיל.`,

  'account.passkeys.intro': 'מפתחות גישה מאפשרים להיכנס בעזרת טביעת אצבע, זיהוי פנים או נעילת המסך במקום סיסמה.',
  'account.passkeys.none': 'עדיין אין מפתחות גישה.',
  'account.passkeys.add': 'הוספת מפתח גישה',
  'account.passkeys.adding': 'יש לפעול לפי ההוראות בדפדפן…',
  'account.passkeys.created': (date) => `נוסף ב-${date}`,
  'account.passkeys.delete': (name) => `מחיקת ${name}`,

  'account.devices.intro': 'במכשיר שמור הכניסה מתבצעת בלי השלב השני.',
  'account.devices.none': 'אין מכשירים שמורים.',
  'account.devices.thisDevice': 'המכשיר הזה',
  'account.devices.lastUsed': (date) => `שימוש אחרון: ${date}`,
  'account.devices.forget': (name) => `הסרת ${name}`,

  'account.delete.warning': 'החשבון וכל מה שבו יימחקו. אי אפשר לבטל את הפעולה.',
  'account.delete.confirmLabel': (name) => `לאישור, יש להקליד ${name}`,
  'account.delete.submit': 'מחיקת החשבון שלי',
  'account.delete.pending': 'מוחקים…',

  'account.notice.passwordChanged': 'הסיסמה שונתה.',
  'account.notice.profileSaved': 'הפרופיל נשמר.',
  'account.notice.contactVerified': 'האימות הושלם. מעכשיו משתמשים בפרטים החדשים.',
  'account.notice.codeResent': 'שלחנו קוד חדש.',
  'account.notice.mfaUpdated': 'האימות הדו-שלבי עודכן.',
  'account.notice.totpEnabled': 'אפליקציית האימות הוגדרה ותידרש בכניסה.',
  'account.notice.passkeyAdded': 'מפתח הגישה נוסף.',
  'account.notice.passkeyDeleted': 'מפתח הגישה נמחק.',
  'account.notice.deviceForgotten': 'המכשיר הוסר מהמכשירים השמורים. השלב השני יידרש בו שוב.',

  'account.error.wrongCurrentPassword': 'הסיסמה הנוכחית שגויה.',
  'account.error.confirmationMismatch': 'אין התאמה. יש להקליד בדיוק כפי שמוצג.',
  'account.error.nothingChanged': 'לא בוצע שום שינוי.',
} satisfies AccountMessages;

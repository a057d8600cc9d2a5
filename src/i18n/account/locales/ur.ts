/**
 * Urdu, in the sign-in catalogue's terms: polite "آپ" with the "…یں" imperative, Urdu punctuation
 * (۔ ؛), and impersonal forms where a verb would assume a gender (src/i18n/locales/ur.ts). The
 * direction comes from the tag (translate.ts `directionOf`).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'آپ کا اکاؤنٹ',
  'account.heading.changePassword': 'اپنا پاس ورڈ تبدیل کریں',
  'account.heading.editProfile': 'اپنی پروفائل میں ترمیم کریں',
  'account.heading.verifyContact': 'تصدیقی کوڈ درج کریں',
  'account.heading.signInMethods': 'دو مرحلہ تصدیق',
  'account.heading.setUpTotp': 'تصدیقی ایپ سیٹ اپ کریں',
  'account.heading.passkeys': 'پاس کیز',
  'account.heading.devices': 'یاد رکھے گئے آلات',
  'account.heading.deleteAccount': 'اپنا اکاؤنٹ حذف کریں',

  'account.signedOut': 'اپنا اکاؤنٹ منظم کرنے کے لیے سائن ان کریں۔',
  'account.loading': 'لوڈ ہو رہا ہے…',
  'account.retry': 'دوبارہ کوشش کریں',
  'account.back': 'اپنے اکاؤنٹ پر واپس جائیں',
  'account.save': 'محفوظ کریں',
  'account.saving': 'محفوظ ہو رہا ہے…',
  'account.notSet': 'سیٹ نہیں',
  'account.verified': 'تصدیق شدہ',
  'account.unverified': 'غیر تصدیق شدہ',
  'account.verify': (field) => `${field} کی تصدیق کریں`,
  'account.profile': 'پروفائل',
  'account.security': 'سیکیورٹی',
  'account.open.editProfile': 'پروفائل میں ترمیم کریں',
  'account.open.changePassword': 'پاس ورڈ تبدیل کریں',
  'account.open.signInMethods': 'دو مرحلہ تصدیق',
  'account.open.passkeys': 'پاس کیز',
  'account.open.devices': 'یاد رکھے گئے آلات',
  'account.open.deleteAccount': 'اکاؤنٹ حذف کریں',
  'account.signOutEverywhere': 'تمام آلات پر سائن آؤٹ کریں',

  'account.field.currentPassword': 'موجودہ پاس ورڈ',
  'account.changePassword.submit': 'پاس ورڈ تبدیل کریں',

  'account.verify.intro': (field) => `نئی معلومات (${field}) تصدیق کے بعد استعمال ہوں گی؛ تب تک پرانی معلومات کام کرتی رہیں گی۔`,
  'account.verify.submit': 'تصدیق کریں',
  'account.verify.later': 'بعد میں تصدیق کریں',

  'account.mfa.intro': 'پاس ورڈ کے بعد ان میں سے کسی ایک طریقے سے کوڈ مانگا جاتا ہے۔',
  'account.mfa.on': 'آن',
  'account.mfa.off': 'آف',
  'account.mfa.preferred': 'آن، پہلے مانگا جاتا ہے',
  'account.mfa.turnOn': (method) => `${method} آن کریں`,
  'account.mfa.turnOff': (method) => `${method} آف کریں`,
  'account.mfa.prefer': (method) => `پہلے ${method} مانگیں`,
  'account.mfa.setUpTotp': 'تصدیقی ایپ سیٹ اپ کریں',
  'account.mfa.needsVerified': (field) => `آپ کی پروفائل میں ${field} کی تصدیق ضروری ہے۔`,

  'account.passkeys.intro': 'پاس کیز کے ذریعے پاس ورڈ کے بجائے فنگر پرنٹ، چہرے یا اسکرین لاک سے سائن ان کیا جا سکتا ہے۔',
  'account.passkeys.none': 'ابھی کوئی پاس کی نہیں ہے۔',
  'account.passkeys.add': 'پاس کی شامل کریں',
  'account.passkeys.adding': 'اپنے براؤزر کی ہدایات پر عمل کریں…',
  'account.passkeys.created': (date) => `${date} کو شامل کی گئی`,
  'account.passkeys.delete': (name) => `${name} حذف کریں`,

  'account.devices.intro': 'یاد رکھے گئے آلے پر دوسرے مرحلے کے بغیر سائن ان ہوتا ہے۔',
  'account.devices.none': 'کوئی آلہ یاد نہیں رکھا گیا۔',
  'account.devices.thisDevice': 'یہ آلہ',
  'account.devices.lastUsed': (date) => `آخری بار استعمال: ${date}`,
  'account.devices.forget': (name) => `${name} کو بھول جائیں`,

  'account.delete.warning': 'آپ کا اکاؤنٹ اور اس میں موجود ہر چیز حذف ہو جائے گی۔ اسے واپس نہیں کیا جا سکتا۔',
  'account.delete.confirmLabel': (name) => `تصدیق کے لیے ${name} ٹائپ کریں`,
  'account.delete.submit': 'میرا اکاؤنٹ حذف کریں',
  'account.delete.pending': 'حذف ہو رہا ہے…',

  'account.notice.passwordChanged': 'آپ کا پاس ورڈ تبدیل ہو گیا۔',
  'account.notice.profileSaved': 'آپ کی پروفائل محفوظ ہو گئی۔',
  'account.notice.contactVerified': 'تصدیق ہو گئی۔ اب سے یہی استعمال ہوگا۔',
  'account.notice.codeResent': 'ہم نے نیا کوڈ بھیج دیا ہے۔',
  'account.notice.mfaUpdated': 'دو مرحلہ تصدیق اپ ڈیٹ ہو گئی۔',
  'account.notice.totpEnabled': 'آپ کی تصدیقی ایپ سیٹ اپ ہو گئی ہے اور سائن ان کے وقت مانگی جائے گی۔',
  'account.notice.passkeyAdded': 'آپ کی پاس کی شامل ہو گئی۔',
  'account.notice.passkeyDeleted': 'پاس کی حذف ہو گئی۔',
  'account.notice.deviceForgotten': 'آلہ بھلا دیا گیا۔ اس پر دوبارہ دوسرا مرحلہ مانگا جائے گا۔',

  'account.error.wrongCurrentPassword': 'آپ کا موجودہ پاس ورڈ درست نہیں ہے۔',
  'account.error.confirmationMismatch': 'میل نہیں کھاتا۔ بالکل ویسا ہی ٹائپ کریں جیسا دکھایا گیا ہے۔',
  'account.error.nothingChanged': 'کچھ تبدیل نہیں ہوا۔',
} satisfies AccountMessages;

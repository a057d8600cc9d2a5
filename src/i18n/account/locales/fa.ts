/**
 * Persian, in the sign-in catalogue's terms and polite plural "شما" (src/i18n/locales/fa.ts); the
 * Persian semicolon (؛). The direction comes from the tag (translate.ts `directionOf`).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'حساب شما',
  'account.heading.changePassword': 'تغییر گذرواژه',
  'account.heading.editProfile': 'ویرایش نمایه',
  'account.heading.verifyContact': 'کد تأیید را وارد کنید',
  'account.heading.signInMethods': 'تأیید دومرحله‌ای',
  'account.heading.setUpTotp': 'راه‌اندازی برنامهٔ احراز هویت',
  'account.heading.passkeys': 'گذرکلیدها',
  'account.heading.devices': 'دستگاه‌های به‌خاطرسپرده',
  'account.heading.deleteAccount': 'حذف حساب',

  'account.signedOut': 'برای مدیریت حساب خود وارد شوید.',
  'account.loading': 'در حال بارگیری…',
  'account.retry': 'تلاش دوباره',
  'account.back': 'بازگشت به حساب',
  'account.save': 'ذخیره',
  'account.saving': 'در حال ذخیره…',
  'account.notSet': 'تنظیم نشده',
  'account.verified': 'تأییدشده',
  'account.unverified': 'تأییدنشده',
  'account.verify': (field) => `تأیید ${field}`,
  'account.profile': 'نمایه',
  'account.security': 'امنیت',
  'account.open.editProfile': 'ویرایش نمایه',
  'account.open.changePassword': 'تغییر گذرواژه',
  'account.open.signInMethods': 'تأیید دومرحله‌ای',
  'account.open.passkeys': 'گذرکلیدها',
  'account.open.devices': 'دستگاه‌های به‌خاطرسپرده',
  'account.open.deleteAccount': 'حذف حساب',
  'account.signOutEverywhere': 'خروج از همهٔ دستگاه‌ها',

  'account.field.currentPassword': 'گذرواژهٔ فعلی',
  'account.changePassword.submit': 'تغییر گذرواژه',

  'account.verify.intro': (field) => `${field} جدید پس از تأیید به کار می‌رود؛ تا آن زمان، قبلی همچنان کار می‌کند.`,
  'account.verify.submit': 'تأیید',
  'account.verify.later': 'بعداً تأیید می‌کنم',

  'account.mfa.intro': 'پس از گذرواژه، کدی از یکی از این روش‌ها خواسته می‌شود.',
  'account.mfa.on': 'روشن',
  'account.mfa.off': 'خاموش',
  'account.mfa.preferred': 'روشن، اول خواسته می‌شود',
  'account.mfa.turnOn': (method) => `روشن کردن ${method}`,
  'account.mfa.turnOff': (method) => `خاموش کردن ${method}`,
  'account.mfa.prefer': (method) => `اول ${method} خواسته شود`,
  'account.mfa.setUpTotp': 'راه‌اندازی برنامهٔ احراز هویت',
  'account.mfa.needsVerified': (field) => `به ${field} تأییدشده در نمایهٔ شما نیاز دارد.`,

  'account.passkeys.intro': 'با گذرکلید می‌توانید به‌جای گذرواژه با اثر انگشت، چهره یا قفل صفحه وارد شوید.',
  'account.passkeys.none': 'هنوز گذرکلیدی ندارید.',
  'account.passkeys.add': 'افزودن گذرکلید',
  'account.passkeys.adding': 'دستورهای مرورگرتان را دنبال کنید…',
  'account.passkeys.created': (date) => `افزوده‌شده در ${date}`,
  'account.passkeys.delete': (name) => `حذف ${name}`,

  'account.devices.intro': 'در دستگاه به‌خاطرسپرده، بدون مرحلهٔ دوم وارد می‌شوید.',
  'account.devices.none': 'هیچ دستگاهی به خاطر سپرده نشده است.',
  'account.devices.thisDevice': 'این دستگاه',
  'account.devices.lastUsed': (date) => `آخرین استفاده: ${date}`,
  'account.devices.forget': (name) => `فراموش کردن ${name}`,

  'account.delete.warning': 'حساب شما و هر آنچه در آن است حذف می‌شود. این کار برگشت‌پذیر نیست.',
  'account.delete.confirmLabel': (name) => `برای تأیید، ${name} را تایپ کنید`,
  'account.delete.submit': 'حذف حساب من',
  'account.delete.pending': 'در حال حذف…',

  'account.notice.passwordChanged': 'گذرواژهٔ شما تغییر کرد.',
  'account.notice.profileSaved': 'نمایهٔ شما ذخیره شد.',
  'account.notice.contactVerified': 'تأیید شد. از این پس می‌توانید از آن استفاده کنید.',
  'account.notice.codeResent': 'کد جدیدی فرستادیم.',
  'account.notice.mfaUpdated': 'تأیید دومرحله‌ای به‌روز شد.',
  'account.notice.totpEnabled': 'برنامهٔ احراز هویت شما راه‌اندازی شد و هنگام ورود خواسته می‌شود.',
  'account.notice.passkeyAdded': 'گذرکلید شما افزوده شد.',
  'account.notice.passkeyDeleted': 'گذرکلید حذف شد.',
  'account.notice.deviceForgotten': 'دستگاه فراموش شد. در آن دوباره مرحلهٔ دوم خواسته می‌شود.',

  'account.error.wrongCurrentPassword': 'گذرواژهٔ فعلی شما درست نیست.',
  'account.error.confirmationMismatch': 'مطابقت ندارد. دقیقاً همان‌طور که نشان داده شده تایپ کنید.',
  'account.error.nothingChanged': 'چیزی تغییر نکرد.',
} satisfies AccountMessages;

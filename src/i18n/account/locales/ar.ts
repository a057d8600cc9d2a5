/**
 * Arabic (Modern Standard), in the sign-in catalogue's terms: polite "يُرجى" and verbal nouns
 * rather than imperatives, which would assume a gender (src/i18n/locales/ar.ts). Sentences around
 * a contact label take it as masculine, as "البريد الإلكتروني" and "رقم الهاتف" both are. The
 * direction comes from the tag (translate.ts `directionOf`).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'حسابك',
  'account.heading.changePassword': 'تغيير كلمة المرور',
  'account.heading.editProfile': 'تعديل الملف الشخصي',
  'account.heading.verifyContact': 'إدخال رمز التحقق',
  'account.heading.signInMethods': 'التحقق بخطوتين',
  'account.heading.setUpTotp': 'إعداد تطبيق مصادقة',
  'account.heading.passkeys': 'مفاتيح المرور',
  'account.heading.devices': 'الأجهزة المحفوظة',
  'account.heading.deleteAccount': 'حذف الحساب',

  'account.signedOut': 'يُرجى تسجيل الدخول لإدارة حسابك.',
  'account.loading': 'جارٍ التحميل…',
  'account.retry': 'إعادة المحاولة',
  'account.back': 'العودة إلى حسابك',
  'account.save': 'حفظ',
  'account.saving': 'جارٍ الحفظ…',
  'account.notSet': 'غير محدد',
  'account.verified': 'تم التحقق',
  'account.unverified': 'لم يتم التحقق',
  'account.verify': (field) => `التحقق من ${field}`,
  'account.profile': 'الملف الشخصي',
  'account.security': 'الأمان',
  'account.open.editProfile': 'تعديل الملف الشخصي',
  'account.open.changePassword': 'تغيير كلمة المرور',
  'account.open.signInMethods': 'التحقق بخطوتين',
  'account.open.passkeys': 'مفاتيح المرور',
  'account.open.devices': 'الأجهزة المحفوظة',
  'account.open.deleteAccount': 'حذف الحساب',
  'account.signOutEverywhere': 'تسجيل الخروج من جميع الأجهزة',

  'account.field.currentPassword': 'كلمة المرور الحالية',
  'account.changePassword.submit': 'تغيير كلمة المرور',

  'account.verify.intro': (field) => `سيُستخدم ${field} الجديد بعد التحقق منه؛ وحتى ذلك الحين يظل القديم صالحًا.`,
  'account.verify.submit': 'التحقق',
  'account.verify.later': 'التحقق لاحقًا',

  'account.mfa.intro': 'بعد كلمة المرور، يُطلب رمز عبر إحدى هذه الطرق.',
  'account.mfa.on': 'مفعّل',
  'account.mfa.off': 'غير مفعّل',
  'account.mfa.preferred': 'مفعّل، ويُطلب أولًا',
  'account.mfa.turnOn': (method) => `تفعيل ${method}`,
  'account.mfa.turnOff': (method) => `إيقاف ${method}`,
  'account.mfa.prefer': (method) => `طلب ${method} أولًا`,
  'account.mfa.setUpTotp': 'إعداد تطبيق مصادقة',
  'account.mfa.needsVerified': (field) => `يتطلب التحقق من ${field} في ملفك الشخصي.`,

  'account.passkeys.intro': 'تتيح مفاتيح المرور تسجيل الدخول باستخدام بصمة الإصبع أو الوجه أو قفل الشاشة بدلًا من كلمة المرور.',
  'account.passkeys.none': 'لا توجد مفاتيح مرور بعد.',
  'account.passkeys.add': 'إضافة مفتاح مرور',
  'account.passkeys.adding': 'يُرجى اتباع تعليمات المتصفح…',
  'account.passkeys.created': (date) => `تمت الإضافة في ${date}`,
  'account.passkeys.delete': (name) => `حذف ${name}`,

  'account.devices.intro': 'على الجهاز المحفوظ، يتم تسجيل الدخول دون الخطوة الثانية.',
  'account.devices.none': 'لا توجد أجهزة محفوظة.',
  'account.devices.thisDevice': 'هذا الجهاز',
  'account.devices.lastUsed': (date) => `آخر استخدام: ${date}`,
  'account.devices.forget': (name) => `إلغاء حفظ ${name}`,

  'account.delete.warning': 'سيُحذف حسابك وكل ما فيه. لا يمكن التراجع عن ذلك.',
  'account.delete.confirmLabel': (name) => `للتأكيد، يُرجى كتابة ${name}`,
  'account.delete.submit': 'حذف حسابي',
  'account.delete.pending': 'جارٍ الحذف…',

  'account.notice.passwordChanged': 'تم تغيير كلمة المرور.',
  'account.notice.profileSaved': 'تم حفظ الملف الشخصي.',
  'account.notice.contactVerified': 'تم التحقق. يمكن استخدامه من الآن.',
  'account.notice.codeResent': 'أرسلنا رمزًا جديدًا.',
  'account.notice.mfaUpdated': 'تم تحديث التحقق بخطوتين.',
  'account.notice.totpEnabled': 'تم إعداد تطبيق المصادقة، وسيُطلب عند تسجيل الدخول.',
  'account.notice.passkeyAdded': 'تمت إضافة مفتاح المرور.',
  'account.notice.passkeyDeleted': 'تم حذف مفتاح المرور.',
  'account.notice.deviceForgotten': 'تم إلغاء حفظ الجهاز. ستُطلب عليه الخطوة الثانية مرة أخرى.',

  'account.error.wrongCurrentPassword': 'كلمة المرور الحالية غير صحيحة.',
  'account.error.confirmationMismatch': 'غير مطابق. يُرجى الكتابة تمامًا كما هو معروض.',
  'account.error.nothingChanged': 'لم يتغير شيء.',
} satisfies AccountMessages;

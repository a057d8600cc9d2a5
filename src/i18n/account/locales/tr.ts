/**
 * Turkish, in the sign-in catalogue's terms: polite "siz" in sentences, short imperatives on
 * buttons (src/i18n/locales/tr.ts). A contact label, method or name follows a colon or stands in
 * brackets, so no case suffix has to follow its last vowel.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Hesabınız',
  'account.heading.changePassword': 'Şifrenizi değiştirin',
  'account.heading.editProfile': 'Profilinizi düzenleyin',
  'account.heading.verifyContact': 'Doğrulama kodunu girin',
  'account.heading.signInMethods': 'İki adımlı doğrulama',
  'account.heading.setUpTotp': 'Kimlik doğrulama uygulaması ayarlayın',
  'account.heading.passkeys': 'Geçiş anahtarları',
  'account.heading.devices': 'Hatırlanan cihazlar',
  'account.heading.deleteAccount': 'Hesabınızı silin',

  'account.signedOut': 'Hesabınızı yönetmek için oturum açın.',
  'account.loading': 'Yükleniyor…',
  'account.retry': 'Tekrar dene',
  'account.back': 'Hesaba dön',
  'account.save': 'Kaydet',
  'account.saving': 'Kaydediliyor…',
  'account.notSet': 'Belirtilmedi',
  'account.verified': 'Doğrulandı',
  'account.unverified': 'Doğrulanmadı',
  'account.verify': (field) => `Doğrula: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Güvenlik',
  'account.open.editProfile': 'Profili düzenle',
  'account.open.changePassword': 'Şifreyi değiştir',
  'account.open.signInMethods': 'İki adımlı doğrulama',
  'account.open.passkeys': 'Geçiş anahtarları',
  'account.open.devices': 'Hatırlanan cihazlar',
  'account.open.deleteAccount': 'Hesabı sil',
  'account.signOutEverywhere': 'Tüm cihazlarda oturumu kapat',

  'account.field.currentPassword': 'Mevcut şifre',
  'account.changePassword.submit': 'Şifreyi değiştir',

  'account.verify.intro': (field) => `Yeni bilgi (${field}) doğrulandıktan sonra kullanılır; o zamana kadar eskisi çalışmaya devam eder.`,
  'account.verify.submit': 'Doğrula',
  'account.verify.later': 'Daha sonra doğrula',

  'account.mfa.intro': 'Şifrenizden sonra bu yöntemlerden biriyle bir kod istenir.',
  'account.mfa.on': 'Açık',
  'account.mfa.off': 'Kapalı',
  'account.mfa.preferred': 'Açık, önce bu istenir',
  'account.mfa.turnOn': (method) => `Aç: ${method}`,
  'account.mfa.turnOff': (method) => `Kapat: ${method}`,
  'account.mfa.prefer': (method) => `Önce iste: ${method}`,
  'account.mfa.setUpTotp': 'Kimlik doğrulama uygulaması ayarla',
  'account.mfa.needsVerified': (field) => `Profilinizde doğrulanmış bir bilgi gerekir: ${field}.`,

  'account.passkeys.intro': 'Geçiş anahtarlarıyla şifre yerine parmak iziniz, yüzünüz veya ekran kilidinizle oturum açarsınız.',
  'account.passkeys.none': 'Henüz geçiş anahtarınız yok.',
  'account.passkeys.add': 'Geçiş anahtarı ekle',
  'account.passkeys.adding': 'Tarayıcınızın talimatlarını izleyin…',
  'account.passkeys.created': (date) => `Eklenme tarihi: ${date}`,
  'account.passkeys.delete': (name) => `Sil: ${name}`,

  'account.devices.intro': 'Hatırlanan bir cihazda ikinci adım olmadan oturum açarsınız.',
  'account.devices.none': 'Hatırlanan cihaz yok.',
  'account.devices.thisDevice': 'Bu cihaz',
  'account.devices.lastUsed': (date) => `Son kullanım: ${date}`,
  'account.devices.forget': (name) => `Unut: ${name}`,

  'account.delete.warning': 'Hesabınız ve içindeki her şey silinecek. Bu işlem geri alınamaz.',
  'account.delete.confirmLabel': (name) => `Onaylamak için şunu yazın: ${name}`,
  'account.delete.submit': 'Hesabımı sil',
  'account.delete.pending': 'Siliniyor…',

  'account.notice.passwordChanged': 'Şifreniz değiştirildi.',
  'account.notice.profileSaved': 'Profiliniz kaydedildi.',
  'account.notice.contactVerified': 'Doğrulandı. Artık yeni bilgi kullanılıyor.',
  'account.notice.codeResent': 'Yeni bir kod gönderdik.',
  'account.notice.mfaUpdated': 'İki adımlı doğrulama güncellendi.',
  'account.notice.totpEnabled': 'Kimlik doğrulama uygulamanız ayarlandı ve oturum açarken istenecek.',
  'account.notice.passkeyAdded': 'Geçiş anahtarınız eklendi.',
  'account.notice.passkeyDeleted': 'Geçiş anahtarı silindi.',
  'account.notice.deviceForgotten': 'Cihaz unutuldu. Bu cihazda ikinci adım yeniden istenecek.',

  'account.error.wrongCurrentPassword': 'Mevcut şifreniz doğru değil.',
  'account.error.confirmationMismatch': 'Eşleşmiyor. Tam olarak gösterildiği gibi yazın.',
  'account.error.nothingChanged': 'Hiçbir şey değişmedi.',
} satisfies AccountMessages;

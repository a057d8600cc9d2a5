/**
 * Serbian in Cyrillic, in the sign-in catalogue's terms and polite "ви" (src/i18n/locales/sr.ts).
 * A contact label or method name follows a colon or stands in brackets, in the nominative the
 * page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ваш налог',
  'account.heading.changePassword': 'Промена лозинке',
  'account.heading.editProfile': 'Измена профила',
  'account.heading.verifyContact': 'Унесите кôд за потврду',
  'account.heading.signInMethods': 'Потврда у два корака',
  'account.heading.setUpTotp': 'Подешавање апликације за потврду идентитета',
  'account.heading.passkeys': 'Приступни кључеви',
  'account.heading.devices': 'Запамћени уређаји',
  'account.heading.deleteAccount': 'Брисање налога',

  'account.signedOut': 'Пријавите се да бисте управљали налогом.',
  'account.loading': 'Учитавање…',
  'account.retry': 'Покушај поново',
  'account.back': 'Назад на налог',
  'account.save': 'Сачувај',
  'account.saving': 'Чување…',
  'account.notSet': 'Није подешено',
  'account.verified': 'Потврђено',
  'account.unverified': 'Није потврђено',
  'account.verify': (field) => `Потврди: ${field}`,
  'account.profile': 'Профил',
  'account.security': 'Безбедност',
  'account.open.editProfile': 'Измени профил',
  'account.open.changePassword': 'Промени лозинку',
  'account.open.signInMethods': 'Потврда у два корака',
  'account.open.passkeys': 'Приступни кључеви',
  'account.open.devices': 'Запамћени уређаји',
  'account.open.deleteAccount': 'Избриши налог',
  'account.signOutEverywhere': 'Одјави се са свих уређаја',

  'account.field.currentPassword': 'Тренутна лозинка',
  'account.changePassword.submit': 'Промени лозинку',

  'account.verify.intro': (field) => `Нови податак (${field}) важи након потврде; дотле ради претходни.`,
  'account.verify.submit': 'Потврди',
  'account.verify.later': 'Потврди касније',

  'account.mfa.intro': 'После лозинке тражи се кôд на један од ових начина.',
  'account.mfa.on': 'Укључено',
  'account.mfa.off': 'Искључено',
  'account.mfa.preferred': 'Укључено, тражи се прво',
  'account.mfa.turnOn': (method) => `Укључи: ${method}`,
  'account.mfa.turnOff': (method) => `Искључи: ${method}`,
  'account.mfa.prefer': (method) => `Тражи прво: ${method}`,
  'account.mfa.setUpTotp': 'Подеси апликацију за потврду идентитета',
  'account.mfa.needsVerified': (field) => `Потребан је потврђен податак у профилу: ${field}.`,

  'account.passkeys.intro': 'Са приступним кључевима пријављујете се отиском прста, лицем или закључавањем екрана уместо лозинком.',
  'account.passkeys.none': 'Још немате приступне кључеве.',
  'account.passkeys.add': 'Додај приступни кључ',
  'account.passkeys.adding': 'Пратите упутства прегледача…',
  'account.passkeys.created': (date) => `Додато ${date}`,
  'account.passkeys.delete': (name) => `Избриши ${name}`,

  'account.devices.intro': 'На запамћеном уређају пријављујете се без другог корака.',
  'account.devices.none': 'Нема запамћених уређаја.',
  'account.devices.thisDevice': 'Овај уређај',
  'account.devices.lastUsed': (date) => `Последњи пут коришћено ${date}`,
  'account.devices.forget': (name) => `Заборави ${name}`,

  'account.delete.warning': 'Ваш налог и све у њему биће избрисани. Ова радња се не може опозвати.',
  'account.delete.confirmLabel': (name) => `Да бисте потврдили, унесите ${name}`,
  'account.delete.submit': 'Избриши мој налог',
  'account.delete.pending': 'Брисање…',

  'account.notice.passwordChanged': 'Лозинка је промењена.',
  'account.notice.profileSaved': 'Профил је сачуван.',
  'account.notice.contactVerified': 'Потврђено. Од сада се користи нови податак.',
  'account.notice.codeResent': 'Послали смо нови кôд.',
  'account.notice.mfaUpdated': 'Потврда у два корака је ажурирана.',
  'account.notice.totpEnabled': 'Апликација за потврду идентитета је подешена и тражиће се при пријављивању.',
  'account.notice.passkeyAdded': 'Приступни кључ је додат.',
  'account.notice.passkeyDeleted': 'Приступни кључ је избрисан.',
  'account.notice.deviceForgotten': 'Уређај је заборављен. На њему ће се поново тражити други корак.',

  'account.error.wrongCurrentPassword': 'Тренутна лозинка није тачна.',
  'account.error.confirmationMismatch': 'Не поклапа се. Унесите тачно онако како је приказано.',
  'account.error.nothingChanged': 'Ништа није промењено.',
} satisfies AccountMessages;

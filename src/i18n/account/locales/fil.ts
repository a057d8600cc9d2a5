/**
 * Filipino (fil; also what "tl" asks for), in the sign-in catalogue's terms: "ka/mo", and the
 * English words Filipino sign-in pages keep (password, code, account, profile, app)
 * (src/i18n/locales/fil.ts).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ang iyong account',
  'account.heading.changePassword': 'Palitan ang iyong password',
  'account.heading.editProfile': 'I-edit ang iyong profile',
  'account.heading.verifyContact': 'Ilagay ang verification code',
  'account.heading.signInMethods': '2-step verification',
  'account.heading.setUpTotp': 'Mag-set up ng authenticator app',
  'account.heading.passkeys': 'Mga passkey',
  'account.heading.devices': 'Mga naaalalang device',
  'account.heading.deleteAccount': 'I-delete ang iyong account',

  'account.signedOut': 'Mag-sign in para pamahalaan ang iyong account.',
  'account.loading': 'Nilo-load…',
  'account.retry': 'Subukan ulit',
  'account.back': 'Bumalik sa iyong account',
  'account.save': 'I-save',
  'account.saving': 'Sine-save…',
  'account.notSet': 'Hindi nakatakda',
  'account.verified': 'Na-verify',
  'account.unverified': 'Hindi pa na-verify',
  'account.verify': (field) => `I-verify ang ${field}`,
  'account.profile': 'Profile',
  'account.security': 'Seguridad',
  'account.open.editProfile': 'I-edit ang profile',
  'account.open.changePassword': 'Palitan ang password',
  'account.open.signInMethods': '2-step verification',
  'account.open.passkeys': 'Mga passkey',
  'account.open.devices': 'Mga naaalalang device',
  'account.open.deleteAccount': 'I-delete ang account',
  'account.signOutEverywhere': 'Mag-sign out sa lahat ng device',

  'account.field.currentPassword': 'Kasalukuyang password',
  'account.changePassword.submit': 'Palitan ang password',

  'account.verify.intro': (field) => `Gagamitin ang bago mong ${field} kapag na-verify na ito; hanggang doon, gumagana pa rin ang luma.`,
  'account.verify.submit': 'I-verify',
  'account.verify.later': 'I-verify mamaya',

  'account.mfa.intro': 'Pagkatapos ng iyong password, hihingan ka ng code mula sa isa sa mga paraang ito.',
  'account.mfa.on': 'Naka-on',
  'account.mfa.off': 'Naka-off',
  'account.mfa.preferred': 'Naka-on, unang hinihingi',
  'account.mfa.turnOn': (method) => `I-on ang ${method}`,
  'account.mfa.turnOff': (method) => `I-off ang ${method}`,
  'account.mfa.prefer': (method) => `Unahin ang ${method}`,
  'account.mfa.setUpTotp': 'Mag-set up ng authenticator app',
  'account.mfa.needsVerified': (field) => `Kailangan ng na-verify na ${field} sa iyong profile.`,

  'account.passkeys.intro': 'Sa mga passkey, makakapag-sign in ka gamit ang iyong fingerprint, mukha, o screen lock sa halip na password.',
  'account.passkeys.none': 'Wala ka pang passkey.',
  'account.passkeys.add': 'Magdagdag ng passkey',
  'account.passkeys.adding': 'Sundin ang mga tagubilin ng iyong browser…',
  'account.passkeys.created': (date) => `Idinagdag noong ${date}`,
  'account.passkeys.delete': (name) => `I-delete ang ${name}`,

  'account.devices.intro': 'Sa naaalalang device, makakapag-sign in ka nang walang ikalawang hakbang.',
  'account.devices.none': 'Walang naaalalang device.',
  'account.devices.thisDevice': 'Ang device na ito',
  'account.devices.lastUsed': (date) => `Huling ginamit noong ${date}`,
  'account.devices.forget': (name) => `Kalimutan ang ${name}`,

  'account.delete.warning': 'Ide-delete ang iyong account at lahat ng laman nito. Hindi na ito maa-undo.',
  'account.delete.confirmLabel': (name) => `Para kumpirmahin, i-type ang ${name}`,
  'account.delete.submit': 'I-delete ang aking account',
  'account.delete.pending': 'Dine-delete…',

  'account.notice.passwordChanged': 'Napalitan na ang iyong password.',
  'account.notice.profileSaved': 'Na-save na ang iyong profile.',
  'account.notice.contactVerified': 'Na-verify na. Magagamit mo na ito simula ngayon.',
  'account.notice.codeResent': 'Nagpadala kami ng bagong code.',
  'account.notice.mfaUpdated': 'Na-update na ang 2-step verification.',
  'account.notice.totpEnabled': 'Naka-set up na ang iyong authenticator app at hihingin ito sa pag-sign in.',
  'account.notice.passkeyAdded': 'Naidagdag na ang iyong passkey.',
  'account.notice.passkeyDeleted': 'Na-delete na ang passkey.',
  'account.notice.deviceForgotten': 'Nakalimutan na ang device. Hihingin ulit dito ang ikalawang hakbang.',

  'account.error.wrongCurrentPassword': 'Mali ang iyong kasalukuyang password.',
  'account.error.confirmationMismatch': 'Hindi tugma. I-type ito nang eksakto tulad ng ipinapakita.',
  'account.error.nothingChanged': 'Walang nagbago.',
} satisfies AccountMessages;

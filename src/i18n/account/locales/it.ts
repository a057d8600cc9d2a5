/**
 * Italian, in the sign-in catalogue's terms and "tu" (src/i18n/locales/it.ts). Buttons name a
 * contact or method without an article ("Verifica email"), as Italian interfaces do, so nothing has
 * to agree with its gender.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Il tuo account',
  'account.heading.changePassword': 'Cambia la password',
  'account.heading.editProfile': 'Modifica il profilo',
  'account.heading.verifyContact': 'Inserisci il codice di verifica',
  'account.heading.signInMethods': 'Verifica in due passaggi',
  'account.heading.setUpTotp': 'Configura un’app di autenticazione',
  'account.heading.passkeys': 'Passkey',
  'account.heading.devices': 'Dispositivi memorizzati',
  'account.heading.deleteAccount': 'Elimina il tuo account',

  'account.signedOut': 'Accedi per gestire il tuo account.',
  'account.loading': 'Caricamento…',
  'account.retry': 'Riprova',
  'account.back': 'Torna al tuo account',
  'account.save': 'Salva',
  'account.saving': 'Salvataggio in corso…',
  'account.notSet': 'Non impostato',
  'account.verified': 'Verificato',
  'account.unverified': 'Non verificato',
  'account.verify': (field) => `Verifica ${field}`,
  'account.profile': 'Profilo',
  'account.security': 'Sicurezza',
  'account.open.editProfile': 'Modifica profilo',
  'account.open.changePassword': 'Cambia password',
  'account.open.signInMethods': 'Verifica in due passaggi',
  'account.open.passkeys': 'Passkey',
  'account.open.devices': 'Dispositivi memorizzati',
  'account.open.deleteAccount': 'Elimina account',
  'account.signOutEverywhere': 'Esci da tutti i dispositivi',

  'account.field.currentPassword': 'Password attuale',
  'account.changePassword.submit': 'Cambia password',

  'account.verify.intro': (field) => `Il nuovo dato (${field}) verrà usato dopo la verifica; fino ad allora resta valido quello precedente.`,
  'account.verify.submit': 'Verifica',
  'account.verify.later': 'Verifica più tardi',

  'account.mfa.intro': 'Dopo la password ti verrà chiesto un codice tramite uno di questi metodi.',
  'account.mfa.on': 'Attivo',
  'account.mfa.off': 'Disattivato',
  'account.mfa.preferred': 'Attivo, richiesto per primo',
  'account.mfa.turnOn': (method) => `Attiva ${method}`,
  'account.mfa.turnOff': (method) => `Disattiva ${method}`,
  'account.mfa.prefer': (method) => `Chiedi prima ${method}`,
  'account.mfa.setUpTotp': 'Configura un’app di autenticazione',
  'account.mfa.needsVerified': (field) => `Serve un dato verificato nel profilo: ${field}.`,

  'account.passkeys.intro': 'Con le passkey accedi con l’impronta digitale, il volto o il blocco schermo invece che con una password.',
  'account.passkeys.none': 'Non hai ancora nessuna passkey.',
  'account.passkeys.add': 'Aggiungi una passkey',
  'account.passkeys.adding': 'Segui le istruzioni del browser…',
  'account.passkeys.created': (date) => `Aggiunta il ${date}`,
  'account.passkeys.delete': (name) => `Elimina ${name}`,

  'account.devices.intro': 'Su un dispositivo memorizzato accedi senza il secondo passaggio.',
  'account.devices.none': 'Nessun dispositivo memorizzato.',
  'account.devices.thisDevice': 'Questo dispositivo',
  'account.devices.lastUsed': (date) => `Ultimo utilizzo: ${date}`,
  'account.devices.forget': (name) => `Dimentica ${name}`,

  'account.delete.warning': 'Il tuo account e tutto ciò che contiene verranno eliminati. L’operazione non può essere annullata.',
  'account.delete.confirmLabel': (name) => `Per confermare, digita ${name}`,
  'account.delete.submit': 'Elimina il mio account',
  'account.delete.pending': 'Eliminazione in corso…',

  'account.notice.passwordChanged': 'La password è stata cambiata.',
  'account.notice.profileSaved': 'Il profilo è stato salvato.',
  'account.notice.contactVerified': 'Verifica completata. Da ora viene usato il nuovo dato.',
  'account.notice.codeResent': 'Ti abbiamo inviato un nuovo codice.',
  'account.notice.mfaUpdated': 'La verifica in due passaggi è stata aggiornata.',
  'account.notice.totpEnabled': 'La tua app di autenticazione è configurata e ti verrà chiesta all’accesso.',
  'account.notice.passkeyAdded': 'La passkey è stata aggiunta.',
  'account.notice.passkeyDeleted': 'La passkey è stata eliminata.',
  'account.notice.deviceForgotten': 'Il dispositivo è stato dimenticato. Su di esso verrà richiesto di nuovo il secondo passaggio.',

  'account.error.wrongCurrentPassword': 'La password attuale non è corretta.',
  'account.error.confirmationMismatch': 'Non corrisponde. Digitalo esattamente come mostrato.',
  'account.error.nothingChanged': 'Non hai cambiato nulla.',
} satisfies AccountMessages;

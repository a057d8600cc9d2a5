/**
 * Lithuanian, in the sign-in catalogue's terms and polite "jūs" (src/i18n/locales/lt.ts). A
 * contact label or method name follows a colon or stands in brackets, in the nominative the page
 * passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Jūsų paskyra',
  'account.heading.changePassword': 'Slaptažodžio keitimas',
  'account.heading.editProfile': 'Profilio redagavimas',
  'account.heading.verifyContact': 'Įveskite patvirtinimo kodą',
  'account.heading.signInMethods': 'Patvirtinimas dviem veiksmais',
  'account.heading.setUpTotp': 'Autentifikavimo programėlės nustatymas',
  'account.heading.passkeys': 'Prieigos raktai',
  'account.heading.devices': 'Įsiminti įrenginiai',
  'account.heading.deleteAccount': 'Paskyros ištrynimas',

  'account.signedOut': 'Prisijunkite, kad galėtumėte tvarkyti paskyrą.',
  'account.loading': 'Įkeliama…',
  'account.retry': 'Bandyti dar kartą',
  'account.back': 'Grįžti į paskyrą',
  'account.save': 'Išsaugoti',
  'account.saving': 'Išsaugoma…',
  'account.notSet': 'Nenurodyta',
  'account.verified': 'Patvirtinta',
  'account.unverified': 'Nepatvirtinta',
  'account.verify': (field) => `Patvirtinti: ${field}`,
  'account.profile': 'Profilis',
  'account.security': 'Sauga',
  'account.open.editProfile': 'Redaguoti profilį',
  'account.open.changePassword': 'Keisti slaptažodį',
  'account.open.signInMethods': 'Patvirtinimas dviem veiksmais',
  'account.open.passkeys': 'Prieigos raktai',
  'account.open.devices': 'Įsiminti įrenginiai',
  'account.open.deleteAccount': 'Ištrinti paskyrą',
  'account.signOutEverywhere': 'Atsijungti visuose įrenginiuose',

  'account.field.currentPassword': 'Dabartinis slaptažodis',
  'account.changePassword.submit': 'Keisti slaptažodį',

  'account.verify.intro': (field) => `Nauji duomenys (${field}) bus naudojami juos patvirtinus; iki tol veikia ankstesni.`,
  'account.verify.submit': 'Patvirtinti',
  'account.verify.later': 'Patvirtinti vėliau',

  'account.mfa.intro': 'Po slaptažodžio prašoma kodo vienu iš šių būdų.',
  'account.mfa.on': 'Įjungta',
  'account.mfa.off': 'Išjungta',
  'account.mfa.preferred': 'Įjungta, prašoma pirmiausia',
  'account.mfa.turnOn': (method) => `Įjungti: ${method}`,
  'account.mfa.turnOff': (method) => `Išjungti: ${method}`,
  'account.mfa.prefer': (method) => `Prašyti pirmiausia: ${method}`,
  'account.mfa.setUpTotp': 'Nustatyti autentifikavimo programėlę',
  'account.mfa.needsVerified': (field) => `Reikia patvirtintų profilio duomenų: ${field}.`,

  'account.passkeys.intro': 'Naudodami prieigos raktus prisijungiate piršto atspaudu, veidu ar ekrano užraktu, o ne slaptažodžiu.',
  'account.passkeys.none': 'Dar neturite prieigos raktų.',
  'account.passkeys.add': 'Pridėti prieigos raktą',
  'account.passkeys.adding': 'Vykdykite naršyklės nurodymus…',
  'account.passkeys.created': (date) => `Pridėta ${date}`,
  'account.passkeys.delete': (name) => `Ištrinti ${name}`,

  'account.devices.intro': 'Įsimintame įrenginyje prisijungiate be antrojo veiksmo.',
  'account.devices.none': 'Įsimintų įrenginių nėra.',
  'account.devices.thisDevice': 'Šis įrenginys',
  'account.devices.lastUsed': (date) => `Paskutinį kartą naudota ${date}`,
  'account.devices.forget': (name) => `Pamiršti ${name}`,

  'account.delete.warning': 'Jūsų paskyra ir visa, kas joje yra, bus ištrinta. Šio veiksmo atšaukti negalima.',
  'account.delete.confirmLabel': (name) => `Kad patvirtintumėte, įveskite ${name}`,
  'account.delete.submit': 'Ištrinti mano paskyrą',
  'account.delete.pending': 'Ištrinama…',

  'account.notice.passwordChanged': 'Slaptažodis pakeistas.',
  'account.notice.profileSaved': 'Profilis išsaugotas.',
  'account.notice.contactVerified': 'Patvirtinta. Nuo šiol naudojami nauji duomenys.',
  'account.notice.codeResent': 'Išsiuntėme naują kodą.',
  'account.notice.mfaUpdated': 'Patvirtinimas dviem veiksmais atnaujintas.',
  'account.notice.totpEnabled': 'Autentifikavimo programėlė nustatyta ir bus prašoma prisijungiant.',
  'account.notice.passkeyAdded': 'Prieigos raktas pridėtas.',
  'account.notice.passkeyDeleted': 'Prieigos raktas ištrintas.',
  'account.notice.deviceForgotten': 'Įrenginys pamirštas. Jame vėl bus prašoma antrojo veiksmo.',

  'account.error.wrongCurrentPassword': 'Dabartinis slaptažodis neteisingas.',
  'account.error.confirmationMismatch': 'Nesutampa. Įveskite tiksliai taip, kaip parodyta.',
  'account.error.nothingChanged': 'Niekas nepakeista.',
} satisfies AccountMessages;

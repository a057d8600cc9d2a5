/**
 * Catalan, in the sign-in catalogue's terms and "tu" (src/i18n/locales/ca.ts). A contact label
 * follows a colon and a method name sits in « », so no article has to agree with either.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'El teu compte',
  'account.heading.changePassword': 'Canvia la contrasenya',
  'account.heading.editProfile': 'Edita el perfil',
  'account.heading.verifyContact': 'Introdueix el codi de verificació',
  'account.heading.signInMethods': 'Verificació en dos passos',
  'account.heading.setUpTotp': 'Configura una aplicació d’autenticació',
  'account.heading.passkeys': 'Claus d’accés',
  'account.heading.devices': 'Dispositius recordats',
  'account.heading.deleteAccount': 'Suprimeix el compte',

  'account.signedOut': 'Inicia la sessió per gestionar el teu compte.',
  'account.loading': 'S’està carregant…',
  'account.retry': 'Torna-ho a provar',
  'account.back': 'Torna al teu compte',
  'account.save': 'Desa',
  'account.saving': 'S’està desant…',
  'account.notSet': 'Sense definir',
  'account.verified': 'Verificat',
  'account.unverified': 'Sense verificar',
  'account.verify': (field) => `Verifica: ${field}`,
  'account.profile': 'Perfil',
  'account.security': 'Seguretat',
  'account.open.editProfile': 'Edita el perfil',
  'account.open.changePassword': 'Canvia la contrasenya',
  'account.open.signInMethods': 'Verificació en dos passos',
  'account.open.passkeys': 'Claus d’accés',
  'account.open.devices': 'Dispositius recordats',
  'account.open.deleteAccount': 'Suprimeix el compte',
  'account.signOutEverywhere': 'Tanca la sessió a tots els dispositius',

  'account.field.currentPassword': 'Contrasenya actual',
  'account.changePassword.submit': 'Canvia la contrasenya',

  'account.verify.intro': (field) => `El canvi (${field}) s’aplicarà quan s’hagi verificat; fins aleshores, el valor anterior continua funcionant.`,
  'account.verify.submit': 'Verifica',
  'account.verify.later': 'Verifica-ho més tard',

  'account.mfa.intro': 'Després de la contrasenya, es demana un codi d’un d’aquests mètodes.',
  'account.mfa.on': 'Activat',
  'account.mfa.off': 'Desactivat',
  'account.mfa.preferred': 'Activat, es demana primer',
  'account.mfa.turnOn': (method) => `Activa «${method}»`,
  'account.mfa.turnOff': (method) => `Desactiva «${method}»`,
  'account.mfa.prefer': (method) => `Demana primer «${method}»`,
  'account.mfa.setUpTotp': 'Configura una aplicació d’autenticació',
  'account.mfa.needsVerified': (field) => `Primer cal verificar-ho al perfil: ${field}.`,

  'account.passkeys.intro': 'Les claus d’accés et permeten iniciar la sessió amb l’empremta digital, la cara o el bloqueig de pantalla en lloc d’una contrasenya.',
  'account.passkeys.none': 'Encara no tens cap clau d’accés.',
  'account.passkeys.add': 'Afegeix una clau d’accés',
  'account.passkeys.adding': 'Segueix les instruccions del navegador…',
  'account.passkeys.created': (date) => `Afegida el ${date}`,
  'account.passkeys.delete': (name) => `Suprimeix ${name}`,

  'account.devices.intro': 'En un dispositiu recordat, inicies la sessió sense el segon pas.',
  'account.devices.none': 'No hi ha cap dispositiu recordat.',
  'account.devices.thisDevice': 'Aquest dispositiu',
  'account.devices.lastUsed': (date) => `Últim ús: ${date}`,
  'account.devices.forget': (name) => `Oblida ${name}`,

  'account.delete.warning': 'Se suprimiran el teu compte i tot el que conté. Aquesta acció no es pot desfer.',
  'account.delete.confirmLabel': (name) => `Per confirmar-ho, escriu ${name}`,
  'account.delete.submit': 'Suprimeix el meu compte',
  'account.delete.pending': 'S’està suprimint…',

  'account.notice.passwordChanged': 'S’ha canviat la contrasenya.',
  'account.notice.profileSaved': 'S’ha desat el perfil.',
  'account.notice.contactVerified': 'Verificat. Des d’ara ja es fa servir.',
  'account.notice.codeResent': 'T’hem enviat un codi nou.',
  'account.notice.mfaUpdated': 'S’ha actualitzat la verificació en dos passos.',
  'account.notice.totpEnabled': 'L’aplicació d’autenticació està configurada i se’t demanarà en iniciar la sessió.',
  'account.notice.passkeyAdded': 'S’ha afegit la clau d’accés.',
  'account.notice.passkeyDeleted': 'S’ha suprimit la clau d’accés.',
  'account.notice.deviceForgotten': 'S’ha oblidat el dispositiu. S’hi tornarà a demanar el segon pas.',

  'account.error.wrongCurrentPassword': 'La contrasenya actual no és correcta.',
  'account.error.confirmationMismatch': 'No coincideix. Escriu-ho exactament com es mostra.',
  'account.error.nothingChanged': 'No has canviat res.',
} satisfies AccountMessages;

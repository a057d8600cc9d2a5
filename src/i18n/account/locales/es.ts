/**
 * Spanish (Spain; other regions fall back to it), in the sign-in catalogue's terms and "tú"
 * (src/i18n/locales/es.ts). Sentences around a contact label take it as masculine, as "correo
 * electrónico" and "número de teléfono" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Tu cuenta',
  'account.heading.changePassword': 'Cambia tu contraseña',
  'account.heading.editProfile': 'Edita tu perfil',
  'account.heading.verifyContact': 'Introduce el código de verificación',
  'account.heading.signInMethods': 'Verificación en dos pasos',
  'account.heading.setUpTotp': 'Configura una aplicación de autenticación',
  'account.heading.passkeys': 'Llaves de acceso',
  'account.heading.devices': 'Dispositivos recordados',
  'account.heading.deleteAccount': 'Elimina tu cuenta',

  'account.signedOut': 'Inicia sesión para gestionar tu cuenta.',
  'account.loading': 'Cargando…',
  'account.retry': 'Volver a intentarlo',
  'account.back': 'Volver a tu cuenta',
  'account.save': 'Guardar',
  'account.saving': 'Guardando…',
  'account.notSet': 'Sin especificar',
  'account.verified': 'Verificado',
  'account.unverified': 'Sin verificar',
  'account.verify': (field) => `Verificar tu ${field}`,
  'account.profile': 'Perfil',
  'account.security': 'Seguridad',
  'account.open.editProfile': 'Editar perfil',
  'account.open.changePassword': 'Cambiar contraseña',
  'account.open.signInMethods': 'Verificación en dos pasos',
  'account.open.passkeys': 'Llaves de acceso',
  'account.open.devices': 'Dispositivos recordados',
  'account.open.deleteAccount': 'Eliminar cuenta',
  'account.signOutEverywhere': 'Cerrar sesión en todos los dispositivos',

  'account.field.currentPassword': 'Contraseña actual',
  'account.changePassword.submit': 'Cambiar contraseña',

  'account.verify.intro': (field) => `Tu nuevo ${field} se usará en cuanto esté verificado; hasta entonces, el anterior sigue funcionando.`,
  'account.verify.submit': 'Verificar',
  'account.verify.later': 'Verificar más tarde',

  'account.mfa.intro': 'Después de tu contraseña, se te pide un código de uno de estos métodos.',
  'account.mfa.on': 'Activado',
  'account.mfa.off': 'Desactivado',
  'account.mfa.preferred': 'Activado, se pide primero',
  'account.mfa.turnOn': (method) => `Activar ${method}`,
  'account.mfa.turnOff': (method) => `Desactivar ${method}`,
  'account.mfa.prefer': (method) => `Pedir primero ${method}`,
  'account.mfa.setUpTotp': 'Configurar una aplicación de autenticación',
  'account.mfa.needsVerified': (field) => `Requiere un ${field} verificado en tu perfil.`,

  'account.passkeys.intro': 'Las llaves de acceso te permiten iniciar sesión con tu huella digital, tu cara o el bloqueo de pantalla en lugar de con una contraseña.',
  'account.passkeys.none': 'Todavía no tienes llaves de acceso.',
  'account.passkeys.add': 'Añadir una llave de acceso',
  'account.passkeys.adding': 'Sigue las instrucciones de tu navegador…',
  'account.passkeys.created': (date) => `Añadida el ${date}`,
  'account.passkeys.delete': (name) => `Eliminar ${name}`,

  'account.devices.intro': 'En un dispositivo recordado, inicias sesión sin el segundo paso.',
  'account.devices.none': 'No hay dispositivos recordados.',
  'account.devices.thisDevice': 'Este dispositivo',
  'account.devices.lastUsed': (date) => `Último uso: ${date}`,
  'account.devices.forget': (name) => `Olvidar ${name}`,

  'account.delete.warning': 'Se eliminarán tu cuenta y todo lo que contiene. Esta acción no se puede deshacer.',
  'account.delete.confirmLabel': (name) => `Para confirmar, escribe ${name}`,
  'account.delete.submit': 'Eliminar mi cuenta',
  'account.delete.pending': 'Eliminando…',

  'account.notice.passwordChanged': 'Se ha cambiado tu contraseña.',
  'account.notice.profileSaved': 'Se ha guardado tu perfil.',
  'account.notice.contactVerified': 'Verificado. Ya puedes usarlo.',
  'account.notice.codeResent': 'Te hemos enviado un código nuevo.',
  'account.notice.mfaUpdated': 'Se ha actualizado la verificación en dos pasos.',
  'account.notice.totpEnabled': 'Tu aplicación de autenticación está configurada y se te pedirá al iniciar sesión.',
  'account.notice.passkeyAdded': 'Se ha añadido tu llave de acceso.',
  'account.notice.passkeyDeleted': 'Se ha eliminado la llave de acceso.',
  'account.notice.deviceForgotten': 'El dispositivo ya no se recuerda. En él se volverá a pedir el segundo paso.',

  'account.error.wrongCurrentPassword': 'Tu contraseña actual no es correcta.',
  'account.error.confirmationMismatch': 'No coincide. Escríbelo exactamente como se muestra.',
  'account.error.nothingChanged': 'No has cambiado nada.',
} satisfies AccountMessages;

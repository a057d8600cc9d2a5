/**
 * European Portuguese (pt-PT, and every Portuguese but Brazil's), in the sign-in catalogue's terms
 * and polite third person (src/i18n/locales/pt.ts). Sentences around a contact label take it as
 * masculine, as "email" and "número de telefone" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'A sua conta',
  'account.heading.changePassword': 'Alterar a palavra-passe',
  'account.heading.editProfile': 'Editar o perfil',
  'account.heading.verifyContact': 'Introduza o código de verificação',
  'account.heading.signInMethods': 'Verificação em dois passos',
  'account.heading.setUpTotp': 'Configurar uma aplicação de autenticação',
  'account.heading.passkeys': 'Chaves de acesso',
  'account.heading.devices': 'Dispositivos memorizados',
  'account.heading.deleteAccount': 'Eliminar a sua conta',

  'account.signedOut': 'Inicie sessão para gerir a sua conta.',
  'account.loading': 'A carregar…',
  'account.retry': 'Tentar novamente',
  'account.back': 'Voltar à sua conta',
  'account.save': 'Guardar',
  'account.saving': 'A guardar…',
  'account.notSet': 'Não definido',
  'account.verified': 'Verificado',
  'account.unverified': 'Não verificado',
  'account.verify': (field) => `Verificar o ${field}`,
  'account.profile': 'Perfil',
  'account.security': 'Segurança',
  'account.open.editProfile': 'Editar perfil',
  'account.open.changePassword': 'Alterar palavra-passe',
  'account.open.signInMethods': 'Verificação em dois passos',
  'account.open.passkeys': 'Chaves de acesso',
  'account.open.devices': 'Dispositivos memorizados',
  'account.open.deleteAccount': 'Eliminar conta',
  'account.signOutEverywhere': 'Terminar sessão em todos os dispositivos',

  'account.field.currentPassword': 'Palavra-passe atual',
  'account.changePassword.submit': 'Alterar palavra-passe',

  'account.verify.intro': (field) => `O novo ${field} passa a ser usado depois de verificado; até lá, o anterior continua a funcionar.`,
  'account.verify.submit': 'Verificar',
  'account.verify.later': 'Verificar mais tarde',

  'account.mfa.intro': 'Depois da palavra-passe, é pedido um código através de um destes métodos.',
  'account.mfa.on': 'Ativado',
  'account.mfa.off': 'Desativado',
  'account.mfa.preferred': 'Ativado, pedido primeiro',
  'account.mfa.turnOn': (method) => `Ativar ${method}`,
  'account.mfa.turnOff': (method) => `Desativar ${method}`,
  'account.mfa.prefer': (method) => `Pedir primeiro ${method}`,
  'account.mfa.setUpTotp': 'Configurar uma aplicação de autenticação',
  'account.mfa.needsVerified': (field) => `Requer um ${field} verificado no seu perfil.`,

  'account.passkeys.intro': 'As chaves de acesso permitem iniciar sessão com a impressão digital, o rosto ou o bloqueio de ecrã em vez de uma palavra-passe.',
  'account.passkeys.none': 'Ainda não tem chaves de acesso.',
  'account.passkeys.add': 'Adicionar uma chave de acesso',
  'account.passkeys.adding': 'Siga as instruções do navegador…',
  'account.passkeys.created': (date) => `Adicionada em ${date}`,
  'account.passkeys.delete': (name) => `Eliminar ${name}`,

  'account.devices.intro': 'Num dispositivo memorizado, inicia sessão sem o segundo passo.',
  'account.devices.none': 'Não há dispositivos memorizados.',
  'account.devices.thisDevice': 'Este dispositivo',
  'account.devices.lastUsed': (date) => `Utilizado pela última vez em ${date}`,
  'account.devices.forget': (name) => `Esquecer ${name}`,

  'account.delete.warning': 'A sua conta e tudo o que contém serão eliminados. Esta ação não pode ser anulada.',
  'account.delete.confirmLabel': (name) => `Para confirmar, escreva ${name}`,
  'account.delete.submit': 'Eliminar a minha conta',
  'account.delete.pending': 'A eliminar…',

  'account.notice.passwordChanged': 'A sua palavra-passe foi alterada.',
  'account.notice.profileSaved': 'O seu perfil foi guardado.',
  'account.notice.contactVerified': 'Verificado. Já o pode utilizar.',
  'account.notice.codeResent': 'Enviámos um novo código.',
  'account.notice.mfaUpdated': 'A verificação em dois passos foi atualizada.',
  'account.notice.totpEnabled': 'A sua aplicação de autenticação está configurada e será pedida ao iniciar sessão.',
  'account.notice.passkeyAdded': 'A sua chave de acesso foi adicionada.',
  'account.notice.passkeyDeleted': 'A chave de acesso foi eliminada.',
  'account.notice.deviceForgotten': 'O dispositivo foi esquecido. Nele voltará a ser pedido o segundo passo.',

  'account.error.wrongCurrentPassword': 'A sua palavra-passe atual não está correta.',
  'account.error.confirmationMismatch': 'Não corresponde. Escreva exatamente como é apresentado.',
  'account.error.nothingChanged': 'Não alterou nada.',
} satisfies AccountMessages;

/** Each account view's template, by the view's name in the table (core/account-views.ts). */
import type { AccountView } from '../../../core/account-views.js';
import type { ViewTemplate } from '../view-context.js';
import { changePassword } from './change-password.js';
import { deleteAccount } from './delete-account.js';
import { devices } from './devices.js';
import { editProfile } from './edit-profile.js';
import { overview } from './overview.js';
import { passkeys } from './passkeys.js';
import { setUpTotp } from './set-up-totp.js';
import { signInMethods } from './sign-in-methods.js';
import { verifyContact } from './verify-contact.js';

export const VIEW_TEMPLATES: { readonly [V in AccountView]: ViewTemplate } = {
  overview,
  changePassword,
  editProfile,
  verifyContact,
  signInMethods,
  setUpTotp,
  passkeys,
  devices,
  deleteAccount,
};

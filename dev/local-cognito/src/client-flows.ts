/** Which InitiateAuth flows an app client allows (its ExplicitAuthFlows; AWS's default set when it lists none). */
import { errors } from './errors.js';
import type { AppClient } from './user-store.js';

/** What AWS allows when a client lists no ExplicitAuthFlows. */
const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

export function flowAllowed(client: AppClient, flow: string): boolean {
  const allowed = client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS;
  const names = flow === 'REFRESH_TOKEN' ? ['ALLOW_REFRESH_TOKEN_AUTH'] : [`ALLOW_${flow}`, flow];
  return names.some((name) => allowed.includes(name));
}

export function requireFlow(client: AppClient, flow: string): void {
  if (!flowAllowed(client, flow)) throw errors.invalidParameter(`${flow} flow not enabled for this client`);
}

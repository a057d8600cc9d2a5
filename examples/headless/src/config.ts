/** Where to sign in: `?userPoolId=…&clientId=…&endpoint=…` (the tests point it at the local Cognito). */
const query = new URLSearchParams(location.search);

export const config = {
  userPoolId: query.get('userPoolId') ?? 'eu-west-1_AbCdEf123',
  clientId: query.get('clientId') ?? '1h2j3k4l5m6n7o8p9q0r',
  endpoint: query.get('endpoint') ?? undefined,
};
